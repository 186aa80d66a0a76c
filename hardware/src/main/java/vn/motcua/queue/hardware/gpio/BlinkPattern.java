package vn.motcua.queue.hardware.gpio;

import java.time.Duration;
import java.util.List;

/**
 * An on/off timeline for an LED or buzzer: alternating on and off durations, starting with on,
 * either repeated forever or played once and then off.
 */
public record BlinkPattern(List<Duration> onOff, boolean repeat) {
    public static final BlinkPattern OFF = new BlinkPattern(List.of(), false);
    public static final BlinkPattern ON = new BlinkPattern(List.of(Duration.ofDays(365_000)), false);
    /** Busy: a calm blink, 1 Hz. */
    public static final BlinkPattern SLOW_BLINK = new BlinkPattern(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), true);
    /** Error: a fast blink that catches the eye, 4 Hz. */
    public static final BlinkPattern FAST_BLINK = new BlinkPattern(List.of(Duration.ofMillis(125), Duration.ofMillis(125)), true);
    /** Error on the buzzer: three short beeps, once. */
    public static final BlinkPattern THREE_BEEPS = new BlinkPattern(List.of(
            Duration.ofMillis(120), Duration.ofMillis(120), Duration.ofMillis(120),
            Duration.ofMillis(120), Duration.ofMillis(120)), false);

    public BlinkPattern {
        onOff = List.copyOf(onOff);
    }

    /** Whether the output is on at {@code elapsed} since the pattern started. */
    public boolean isOn(Duration elapsed) {
        if (onOff.isEmpty()) {
            return false;
        }
        long cycle = onOff.stream().mapToLong(Duration::toMillis).sum();
        long t = elapsed.toMillis();
        if (repeat) {
            t %= cycle;
        } else if (t >= cycle) {
            return false;
        }
        boolean on = true;
        for (Duration step : onOff) {
            if (t < step.toMillis()) {
                return on;
            }
            t -= step.toMillis();
            on = !on;
        }
        return false;
    }
}
