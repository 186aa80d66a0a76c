package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.estimate.ServiceTimeAverage;

/**
 * How to run a day.
 *
 * @param estimates      compute the wait shown at issue (the costliest part; off for long capacity checks)
 * @param remainingFloor the least remaining time assumed for a citizen already at a counter
 * @param alpha          weight of each finished service in the running mean service time
 */
public record SimulationOptions(PolicyVariant policy, boolean estimates, Duration remainingFloor, double alpha) {

    public static SimulationOptions of(PolicyVariant policy) {
        return new SimulationOptions(policy, true, Duration.ofMinutes(1), ServiceTimeAverage.DEFAULT_ALPHA);
    }

    public static SimulationOptions defaults() {
        return of(PolicyVariant.of(PolicyKind.DEADLINE));
    }

    public SimulationOptions withPolicy(PolicyVariant other) {
        return new SimulationOptions(other, estimates, remainingFloor, alpha);
    }

    public SimulationOptions withoutEstimates() {
        return new SimulationOptions(policy, false, remainingFloor, alpha);
    }
}
