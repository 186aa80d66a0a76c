package vn.motcua.queue.core.calling;

import java.util.Locale;

/**
 * How a service mixes priority tickets with normal ones.
 * {@code STRICT}: priority tickets always first. {@code ALTERNATE n}: after n normal tickets, one priority ticket.
 */
public sealed interface PriorityMode {

    record Strict() implements PriorityMode {
        @Override
        public String toString() {
            return "STRICT";
        }
    }

    record Alternate(int normalsBetween) implements PriorityMode {
        public Alternate {
            if (normalsBetween < 1) {
                throw new IllegalArgumentException("ALTERNATE needs n >= 1, got " + normalsBetween);
            }
        }

        @Override
        public String toString() {
            return "ALTERNATE " + normalsBetween;
        }
    }

    PriorityMode STRICT = new Strict();

    /** Parses {@code STRICT} or {@code ALTERNATE n} (case-insensitive). */
    static PriorityMode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("priority mode is missing");
        }
        String[] parts = text.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (parts.length == 1 && parts[0].equals("STRICT")) {
            return STRICT;
        }
        if (parts.length == 2 && parts[0].equals("ALTERNATE")) {
            try {
                return new Alternate(Integer.parseInt(parts[1]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ALTERNATE needs a whole number, got '" + parts[1] + "'");
            }
        }
        throw new IllegalArgumentException("priority mode must be STRICT or ALTERNATE n, got '" + text + "'");
    }
}
