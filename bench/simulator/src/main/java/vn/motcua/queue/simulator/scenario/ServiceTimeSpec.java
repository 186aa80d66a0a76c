package vn.motcua.queue.simulator.scenario;

import java.time.Duration;

/**
 * How long a clerk takes for one citizen of a service.
 *
 * @param spread coefficient of variation (standard deviation / mean) of the lognormal; ignored when
 *               exponential (whose spread is always 1)
 */
public record ServiceTimeSpec(Duration mean, double spread, Distribution distribution) {

    /** Lognormal is what real service times look like; exponential is there to check against Erlang C. */
    public enum Distribution { LOGNORMAL, EXPONENTIAL, CONSTANT }

    public ServiceTimeSpec {
        if (mean.isNegative() || mean.isZero()) {
            throw new IllegalArgumentException("mean service time must be positive, got " + mean);
        }
        if (!(spread >= 0)) {
            throw new IllegalArgumentException("service time spread must be >= 0, got " + spread);
        }
    }

    public static ServiceTimeSpec lognormal(Duration mean, double spread) {
        return new ServiceTimeSpec(mean, spread, Distribution.LOGNORMAL);
    }
}
