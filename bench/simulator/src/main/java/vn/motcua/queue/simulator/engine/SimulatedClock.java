package vn.motcua.queue.simulator.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that only moves when the simulation says so: the core reads time from it, nothing sleeps. */
public final class SimulatedClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves time forward; never back, since events are processed in time order. */
    void advanceTo(Instant to) {
        if (to.isBefore(now)) {
            throw new IllegalStateException("simulated time cannot go back from " + now + " to " + to);
        }
        now = to;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
