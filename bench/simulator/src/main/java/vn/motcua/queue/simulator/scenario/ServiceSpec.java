package vn.motcua.queue.simulator.scenario;

import java.time.Duration;
import java.util.List;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ServiceRule;

/**
 * One service of a scenario: its queue rules and the citizens who come for it.
 *
 * @param code          ticket prefix and service code, e.g. "A"
 * @param arrivals      the arrival-rate curve; outside its segments nobody comes
 * @param priorityShare share of citizens with a priority right (elderly, disabled, ...)
 * @param noShowShare   share of tickets whose citizen has left when called
 * @param transferShare share of served citizens sent on to another service after their first service
 * @param transferTo    services a transfer may go to (any other service when empty)
 */
public record ServiceSpec(String code, String name, Duration targetWait, PriorityMode priorityMode,
                          ServiceTimeSpec serviceTime, List<RateSegment> arrivals, double priorityShare,
                          double noShowShare, double transferShare, List<String> transferTo) {

    public ServiceSpec {
        arrivals = List.copyOf(arrivals);
        transferTo = List.copyOf(transferTo);
        requireShare("priorityShare", priorityShare, code);
        requireShare("noShowShare", noShowShare, code);
        requireShare("transferShare", transferShare, code);
    }

    /** The rule the core sees, its mean seeded from the configured mean service time. */
    public ServiceRule rule() {
        return new ServiceRule(code, targetWait, priorityMode, serviceTime.mean());
    }

    /** Expected arrivals over the day: the area under the rate curve. */
    public double expectedArrivals() {
        return arrivals.stream().mapToDouble(s -> s.perHour() * s.window().length().toMillis() / 3_600_000.0).sum();
    }

    public double peakRatePerHour() {
        return arrivals.stream().mapToDouble(RateSegment::perHour).max().orElse(0);
    }

    private static void requireShare(String what, double value, String code) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1 for service " + code + ", got " + value);
        }
    }
}
