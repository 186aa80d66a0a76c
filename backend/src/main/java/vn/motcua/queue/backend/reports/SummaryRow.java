package vn.motcua.queue.backend.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of a summary: a service, counter or clerk, or the total. Minutes and percents are rounded to one
 * decimal; a figure with nothing behind it (no called ticket, no served ticket) is null.
 */
public record SummaryRow(String key, String label, long tickets, long served, Double noShowPercent, long cancelled,
                         Double avgWaitMinutes, Double p90WaitMinutes, Double avgServiceMinutes,
                         Double withinTargetPercent) {

    public static final String TOTAL_KEY = "TOTAL";
    public static final String TOTAL_LABEL = "Tổng cộng";

    /** The counts and seconds of a group as the database adds them up. */
    record Tally(long tickets, long served, long called, long noShows, long cancelled, Double avgWaitSeconds,
                 Double p90WaitSeconds, Double avgServiceSeconds, long withinTarget) {

        SummaryRow row(String key, String label) {
            return new SummaryRow(key, label, tickets, served, percent(noShows, called), cancelled,
                    minutes(avgWaitSeconds), minutes(p90WaitSeconds), minutes(avgServiceSeconds),
                    percent(withinTarget, called));
        }
    }

    static Double minutes(Double seconds) {
        return seconds == null ? null : oneDecimal(seconds / 60.0);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
