package vn.motcua.queue.core.estimate;

import java.time.Duration;

/**
 * Exponentially weighted mean service time of a service, seeded from its configured average.
 * Observations are clamped so that one forgotten "finish" (a ticket left open over lunch) cannot
 * wreck the estimate.
 */
public final class ServiceTimeAverage {

    public static final double DEFAULT_ALPHA = 0.1;

    private ServiceTimeAverage() {
    }

    public static Duration update(Duration current, Duration observed, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        }
        long min = Math.max(15_000, current.toMillis() / 4);
        // never below min: a zero or tiny seed must still be able to learn from observations
        long max = Math.max(min, current.toMillis() * 4);
        long clamped = Math.min(max, Math.max(min, observed.toMillis()));
        long next = Math.round(alpha * clamped + (1 - alpha) * current.toMillis());
        return Duration.ofMillis(next);
    }
}
