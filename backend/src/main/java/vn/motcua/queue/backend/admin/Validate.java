package vn.motcua.queue.backend.admin;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.core.calling.PriorityMode;

/** Field checks for admin input; each failure names the field. */
final class Validate {

    private Validate() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("Field '" + field + "' is required");
        }
        return value.trim();
    }

    static String code(String value, String field) {
        String v = required(value, field);
        if (!v.matches("[A-Za-z0-9_-]{1,32}")) {
            throw ProblemException.badRequest("Field '" + field + "' must be 1-32 letters, digits, '-' or '_'");
        }
        return v;
    }

    static String prefix(String value) {
        String v = required(value, "prefix");
        if (!v.matches("[A-Z]{1,3}")) {
            throw ProblemException.badRequest("Field 'prefix' must be 1-3 capital letters (A-Z)");
        }
        return v;
    }

    static String text(String value, String field, int max) {
        String v = required(value, field);
        if (v.length() > max) {
            throw ProblemException.badRequest("Field '" + field + "' is longer than " + max + " characters");
        }
        return v;
    }

    static String zone(String value) {
        String v = required(value, "timeZone");
        try {
            return ZoneId.of(v).getId();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("Field 'timeZone' is not a time zone id (e.g. Asia/Ho_Chi_Minh)");
        }
    }

    static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(required(value, field));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("Field '" + field + "' must be HH:MM, got '" + value + "'");
        }
    }

    static String days(String value) {
        String v = required(value, "openDays");
        if (!v.matches("[1-7](,[1-7])*")) {
            throw ProblemException.badRequest("Field 'openDays' must list ISO day numbers, e.g. 1,2,3,4,5 (1 = Monday)");
        }
        return v;
    }

    static String priorityMode(String value) {
        try {
            return PriorityMode.parse(value).toString();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Field 'priorityMode': " + e.getMessage());
        }
    }

    static int range(Integer value, String field, int min, int max) {
        if (value == null || value < min || value > max) {
            throw ProblemException.badRequest("Field '" + field + "' must be a whole number from " + min + " to " + max);
        }
        return value;
    }

    static double positive(Double value, String field, double max) {
        if (value == null || !(value > 0) || value > max) {
            throw ProblemException.badRequest("Field '" + field + "' must be a number above 0 and at most " + max);
        }
        return value;
    }
}
