package vn.motcua.queue.backend.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The one place the backend reads the time from, so tests and the simulator can move it. */
@ApplicationScoped
public class TimeSource {

    public Clock clock() {
        return Clock.systemUTC();
    }

    public Instant now() {
        return clock().instant();
    }
}
