package vn.motcua.queue.backend.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of center-local days from the query parameters {@code from} and {@code to}
 * (YYYY-MM-DD, years {@value #FIRST_YEAR}..{@value #LAST_YEAR}): {@code to} defaults to today, {@code from} to
 * {@code to} - 27 days (four weeks); at most {@value #MAX_DAYS} days. Anything else is a 400 naming the parameter.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 28;
    /** Years a center's figures can be about; beyond them a date is a typo (and some overflow the database's). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public static DateRange parse(String from, String to, LocalDate today) {
        LocalDate last = isBlank(to) ? today : day(to, "to");
        LocalDate first = isBlank(from) ? last.minusDays(DEFAULT_DAYS - 1) : day(from, "from");
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("Query parameter 'from' (" + first + ") is after 'to' (" + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw ProblemException.badRequest("Query parameters 'from' and 'to' span " + days + " days; at most "
                    + MAX_DAYS);
        }
        return new DateRange(first, last);
    }

    /** The first instant of {@code from} in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A center-local day from a query parameter, or a 400 naming the parameter. */
    public static LocalDate day(String value, String field) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Query parameter '" + field + "' must be a date YYYY-MM-DD, got '"
                    + value + "'");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw ProblemException.badRequest("Query parameter '" + field + "' must be a date in the years "
                    + FIRST_YEAR + " to " + LAST_YEAR + ", got '" + value + "'");
        }
        return day;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
