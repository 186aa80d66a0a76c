package vn.motcua.queue.display.voice;

import java.util.Locale;

/** How the digits of a ticket number are read: "A023" as "a không hai ba" or "a hai mươi ba". */
public enum NumberReading {
    DIGITS, WHOLE;

    public static NumberReading parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
