package vn.motcua.queue.backend.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.motcua.queue.backend.common.TimeSource;

/** The system clock unless a test sets the time; tests that set it reset it afterwards. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestTimeSource extends TimeSource {

    private volatile Instant fixed;

    @Override
    public Clock clock() {
        Instant f = fixed;
        return f == null ? Clock.systemUTC() : Clock.fixed(f, ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void advance(Duration d) {
        fixed = (fixed == null ? Instant.now() : fixed).plus(d);
    }

    public void reset() {
        fixed = null;
    }
}
