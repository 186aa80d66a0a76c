package vn.motcua.queue.simulator.scenario;

import java.time.Duration;
import java.time.LocalTime;

/** A stretch of the center-local day, e.g. a counter's lunch break 11:30-12:15. */
public record TimeWindow(LocalTime from, LocalTime to) {

    public TimeWindow {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("time window must end after it starts: " + from + "-" + to);
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public boolean contains(LocalTime t) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
