package vn.motcua.queue.core.staffing;

import java.time.Duration;

/**
 * Erlang C (M/M/c): how many counters a service needs for its load. Citizens arrive at random (Poisson) at
 * {@code arrivalsPerHour}, service times are exponential with mean {@code meanServiceTime}, one shared line,
 * nobody leaves. Real centers break those assumptions (lognormal service times, arrival peaks, counters
 * shared between services), so this is the first guess that the day simulator then checks.
 *
 * <p>Computed with the Erlang B recursion {@code B(k) = a B(k-1) / (k + a B(k-1))} and
 * {@code C = c B / (c - a (1 - B))}: no factorials or powers, so it stays exact for hundreds of counters.
 */
public final class ErlangC {

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private ErlangC() {
    }

    /** Offered load in Erlangs: arrivals per hour x mean service time in hours (busy counters on average). */
    public static double offeredLoad(double arrivalsPerHour, Duration meanServiceTime) {
        if (!(arrivalsPerHour >= 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new IllegalArgumentException("arrivals per hour must be a finite number >= 0, got " + arrivalsPerHour);
        }
        if (meanServiceTime.isNegative() || meanServiceTime.isZero()) {
            throw new IllegalArgumentException("mean service time must be positive, got " + meanServiceTime);
        }
        return arrivalsPerHour * meanServiceTime.toMillis() / MILLIS_PER_HOUR;
    }

    /** Erlang B: probability that all {@code servers} are busy in a loss system with {@code load} Erlangs. */
    public static double erlangB(int servers, double load) {
        requireServers(servers);
        double b = 1.0;
        for (int k = 1; k <= servers; k++) {
            b = load * b / (k + load * b);
        }
        return b;
    }

    /** Probability that a citizen has to wait at all; 1 when the counters cannot keep up ({@code c <= a}). */
    public static double probabilityOfWaiting(int servers, double load) {
        requireServers(servers);
        if (load <= 0) {
            return 0.0;
        }
        if (servers <= load) {
            return 1.0;
        }
        double b = erlangB(servers, load);
        return servers * b / (servers - load * (1 - b));
    }

    public static double probabilityOfWaiting(int servers, double arrivalsPerHour, Duration meanServiceTime) {
        return probabilityOfWaiting(servers, offeredLoad(arrivalsPerHour, meanServiceTime));
    }

    /**
     * Share of citizens called within {@code target}: {@code 1 - C exp(-(c mu - lambda) t)}, where
     * {@code (c mu - lambda) t = (c - a) t / meanServiceTime}. Zero when the line grows without bound.
     */
    public static double serviceLevel(int servers, double arrivalsPerHour, Duration meanServiceTime, Duration target) {
        double load = offeredLoad(arrivalsPerHour, meanServiceTime);
        double c = probabilityOfWaiting(servers, load);
        if (c >= 1.0 && servers <= load) {
            return 0.0;
        }
        double t = (double) target.toMillis() / meanServiceTime.toMillis();
        return 1.0 - c * Math.exp(-(servers - load) * t);
    }

    /** Mean wait in minutes, {@code C / (c mu - lambda)}; infinite when the line grows without bound. */
    public static double meanWaitMinutes(int servers, double arrivalsPerHour, Duration meanServiceTime) {
        double load = offeredLoad(arrivalsPerHour, meanServiceTime);
        if (load > 0 && servers <= load) {
            return Double.POSITIVE_INFINITY;
        }
        double meanMinutes = meanServiceTime.toMillis() / 60_000.0;
        return probabilityOfWaiting(servers, load) * meanMinutes / (servers - load);
    }

    /**
     * The fewest counters at which at least {@code goal} (e.g. 0.9) of citizens are called within {@code target};
     * 0 when nobody comes.
     */
    public static int fewestServers(double arrivalsPerHour, Duration meanServiceTime, Duration target, double goal) {
        if (!(goal > 0 && goal < 1)) {
            throw new IllegalArgumentException("service-level goal must be in (0, 1), got " + goal);
        }
        double load = offeredLoad(arrivalsPerHour, meanServiceTime);
        if (load == 0) {
            return 0;
        }
        // the answer is above the load; the service level rises with every counter added, so count up
        int c = Math.max(1, (int) Math.floor(load) + 1);
        while (serviceLevel(c, arrivalsPerHour, meanServiceTime, target) < goal) {
            c++;
        }
        return c;
    }

    private static void requireServers(int servers) {
        if (servers < 1) {
            throw new IllegalArgumentException("need at least one counter, got " + servers);
        }
    }
}
