package vn.motcua.queue.simulator.report;

import java.time.Duration;
import java.util.Map;

/** How a counter spent its day: time open (hours minus breaks) and time busy, in total and by service. */
public record CounterUsage(String counter, Duration open, Duration busy, Map<String, Duration> busyByService) {

    public CounterUsage {
        busyByService = Map.copyOf(busyByService);
    }

    public double utilisation() {
        return open.isZero() ? 0 : (double) busy.toMillis() / open.toMillis();
    }
}
