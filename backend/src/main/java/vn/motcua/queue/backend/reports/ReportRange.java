package vn.motcua.queue.backend.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.motcua.queue.backend.common.ProblemException;

/**
 * An inclusive range of center-local issue days, at most {@value #MAX_DAYS} days. Missing ends default to
 * the four weeks up to today: {@code to} = today, {@code from} = {@code to} - 27 days.
 */
public record ReportRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public static ReportRange parse(String from, String to, LocalDate today) {
        LocalDate end = blank(to) ? today : day(to, "to");
        LocalDate start = blank(from) ? end.minusDays(27) : day(from, "from");
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("Query parameter 'from' (" + start + ") is after 'to' (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw ProblemException.badRequest("Query parameters 'from'..'to' span more than " + MAX_DAYS + " days");
        }
        return new ReportRange(start, end);
    }

    /** The first instant of {@code from} in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter '" + field + "' must be YYYY-MM-DD, got '" + value + "'");
        }
    }
}
