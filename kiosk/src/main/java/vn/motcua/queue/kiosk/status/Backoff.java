package vn.motcua.queue.kiosk.status;

import java.time.Duration;

/** Doubling pauses between attempts, from {@code min} up to {@code max}; {@link #reset()} after a success. */
public final class Backoff {
    private final Duration min;
    private final Duration max;
    private Duration next;

    public Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max.compareTo(min) < 0 ? min : max;
        this.next = min;
    }

    public synchronized Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    public synchronized void reset() {
        next = min;
    }
}
