package vn.motcua.queue.display.voice;

/**
 * How announcements sound.
 *
 * @param dialect        word set and clip folder
 * @param reading        ticket digits one by one or as a whole number
 * @param repeat         how many times the sentence is said (1 = once)
 * @param chime          whether the chime plays first
 */
public record VoiceSettings(Dialect dialect, NumberReading reading, int repeat, boolean chime) {
    public VoiceSettings {
        if (repeat < 1 || repeat > 5) {
            throw new IllegalArgumentException("voice repeat must be 1..5: " + repeat);
        }
    }

    public static VoiceSettings defaults() {
        return new VoiceSettings(Dialect.NORTH, NumberReading.DIGITS, 2, true);
    }
}
