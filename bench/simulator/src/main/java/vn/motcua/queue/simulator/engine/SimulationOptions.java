package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.estimate.ServiceTimeAverage;
import vn.motcua.queue.core.estimate.WaitEstimator;

/**
 * How to run a day.
 *
 * @param estimates      compute the wait shown at issue (the costliest part; off for long capacity checks)
 * @param remainingFloor the least remaining time assumed for a citizen already at a counter
 * @param alpha          weight of each finished service in the running mean service time
 * @param overtakeAllowance the estimator's allowance for later citizens who go ahead of a new ticket
 *                       ({@link WaitEstimator#RECOMMENDED_OVERTAKE_ALLOWANCE} by default)
 */
public record SimulationOptions(PolicyVariant policy, boolean estimates, Duration remainingFloor, double alpha,
                                double overtakeAllowance) {

    public SimulationOptions(PolicyVariant policy, boolean estimates, Duration remainingFloor, double alpha) {
        this(policy, estimates, remainingFloor, alpha, WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE);
    }

    public static SimulationOptions of(PolicyVariant policy) {
        return new SimulationOptions(policy, true, Duration.ofMinutes(1), ServiceTimeAverage.DEFAULT_ALPHA);
    }

    public static SimulationOptions defaults() {
        return of(PolicyVariant.of(PolicyKind.DEADLINE));
    }

    public SimulationOptions withPolicy(PolicyVariant other) {
        return new SimulationOptions(other, estimates, remainingFloor, alpha, overtakeAllowance);
    }

    public SimulationOptions withoutEstimates() {
        return new SimulationOptions(policy, false, remainingFloor, alpha, overtakeAllowance);
    }

    public SimulationOptions withOvertakeAllowance(double allowance) {
        return new SimulationOptions(policy, estimates, remainingFloor, alpha, allowance);
    }
}
