package vn.motcua.queue.display.config;

import java.util.Locale;

/** What one screen shows: the whole hall, one zone (a floor, a wing), or a single counter (tablet). */
public enum DisplayProfile {
    HALL, ZONE, COUNTER;

    public static DisplayProfile parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
