package vn.motcua.queue.simulator.scenario;

import java.time.LocalTime;

/** Citizens per hour arriving for one service between two times (one step of a piecewise-constant curve). */
public record RateSegment(TimeWindow window, double perHour) {

    public RateSegment {
        if (!(perHour >= 0) || Double.isInfinite(perHour)) {
            throw new IllegalArgumentException("arrival rate must be a finite number >= 0, got " + perHour);
        }
    }

    public static RateSegment of(LocalTime from, LocalTime to, double perHour) {
        return new RateSegment(new TimeWindow(from, to), perHour);
    }
}
