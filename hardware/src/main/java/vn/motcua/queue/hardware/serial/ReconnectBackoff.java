package vn.motcua.queue.hardware.serial;

import java.time.Duration;

/** Delays between reconnection attempts: doubling from {@code first} up to {@code max}. */
public record ReconnectBackoff(Duration first, Duration max) {

    public static ReconnectBackoff standard() {
        return new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** Delay before attempt number {@code attempt} (0-based). */
    public Duration delay(int attempt) {
        long millis = first.toMillis() << Math.min(attempt, 20);
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
