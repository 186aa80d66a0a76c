package vn.motcua.queue.display.stream;

import java.time.Duration;

/** Reconnect delays: {@code min}, doubling up to {@code max}; back to {@code min} after a good connection. */
public final class Backoff {
    private final Duration min;
    private final Duration max;
    private Duration next;

    public Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    public Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    public void reset() {
        next = min;
    }
}
