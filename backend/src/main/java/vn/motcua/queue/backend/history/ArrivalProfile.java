package vn.motcua.queue.backend.history;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * How busy a one-stop center is through the week, relative to its busiest half hour: a morning peak from
 * 8:00 to 10:00, a quiet lunch from 11:30 to 13:30, a smaller afternoon peak, Mondays busiest and weekends
 * light. Shaped after the arrival curves of provincial centers (see bench/scenarios).
 */
final class ArrivalProfile {

    /**
     * Load of a service's counters in the busiest half hour of a Wednesday: its arrivals x its mean service
     * time / the counters planned for it. On Mondays (x 1.15) it comes close to 1 and, with chance, lines
     * build up and some hours miss the target; the rest of the week mostly stays within.
     */
    static final double PEAK_LOAD = 0.8;

    /** Relative arrival rate of the half hours from 7:00 to 16:30 (the first one is 7:00-7:30). */
    private static final double[] HALF_HOURS = {
        0.35, 0.75, // 7:00
        1.00, 1.00, // 8:00
        1.00, 0.90, // 9:00
        0.75, 0.65, // 10:00
        0.55, 0.25, // 11:00, lunch from 11:30
        0.12, 0.12, // 12:00
        0.20, 0.55, // 13:00, back at 13:30
        0.70, 0.75, // 14:00: the afternoon peak
        0.65, 0.50, // 15:00
        0.35, 0.15, // 16:00
    };
    private static final LocalTime FIRST = LocalTime.of(7, 0);

    private ArrivalProfile() {
    }

    /**
     * The relative arrival rate in the half hour that contains {@code time}; none before 7:00 or after 17:00,
     * so that a center open round the clock (the demo) still gets office-hours traffic only.
     */
    static double halfHour(LocalTime time) {
        int slot = (time.toSecondOfDay() - FIRST.toSecondOfDay()) / 1800;
        return time.isBefore(FIRST) || slot >= HALF_HOURS.length ? 0.0 : HALF_HOURS[slot];
    }

    static double weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.15;
            case TUESDAY -> 1.05;
            case WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 0.9;
            case SATURDAY -> 0.5;
            case SUNDAY -> 0.3;
        };
    }
}
