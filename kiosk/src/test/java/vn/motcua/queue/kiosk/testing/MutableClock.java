package vn.motcua.queue.kiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, for debounce and blink timing without sleeping. */
public final class MutableClock extends Clock {
    private volatile Instant now = Instant.parse("2025-03-12T01:15:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void advanceMillis(long millis) {
        advance(Duration.ofMillis(millis));
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
