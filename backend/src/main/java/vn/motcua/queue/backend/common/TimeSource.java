package vn.motcua.queue.backend.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The one place the backend reads the time from, so tests and the simulator can move it. */
@ApplicationScoped
public class TimeSource {

    public Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, to the millisecond: what the database stores, so that comparisons with stored times hold. */
    public Instant now() {
        return clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
