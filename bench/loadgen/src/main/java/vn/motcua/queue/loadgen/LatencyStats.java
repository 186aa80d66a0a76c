package vn.motcua.queue.loadgen;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Latencies (microsecond resolution, 3 significant digits) and outcome counts of one kind of request.
 * Thread-safe; cheap enough to be called from the event loop for every response.
 */
final class LatencyStats {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final String name;
    private final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    private final Map<String, Long> outcomes = new TreeMap<>();
    /** The longest latency answered in each second of the {@link System#nanoTime()} clock: where the stalls were. */
    private final Map<Long, Long> maxMicrosBySecond = new TreeMap<>();

    LatencyStats(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** A response (any status) or a failure ("io") that took {@code nanos} from the intended send time. */
    synchronized void record(long nanos, String outcome) {
        long micros = Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1_000));
        histogram.recordValue(micros);
        outcomes.merge(outcome, 1L, Long::sum);
        maxMicrosBySecond.merge(System.nanoTime() / 1_000_000_000L, micros, Math::max);
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized long count(String outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** The latency at {@code percentile} (0..100) in milliseconds. */
    synchronized double millisAt(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    synchronized double maxMillis() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1_000.0;
    }

    /**
     * The longest latency (ms) answered in each second of {@code window} and the {@code after} seconds following it,
     * 0 for a second without answers.
     */
    synchronized long[] maxMillisPerSecond(Window window, int after) {
        long first = window.startNanos() / 1_000_000_000L;
        long[] max = new long[(int) Math.ceil(window.seconds()) + after];
        maxMicrosBySecond.forEach((second, micros) -> {
            long i = second - first;
            if (i >= 0 && i < max.length) {
                max[(int) i] = Math.round(micros / 1_000.0);
            }
        });
        return max;
    }

    synchronized Map<String, Long> outcomes() {
        return new TreeMap<>(outcomes);
    }

    /** Outcomes other than the given successful statuses, e.g. {@code {409=3, io=1}}. */
    synchronized Map<String, Long> errors(String... ok) {
        Map<String, Long> errors = new TreeMap<>(outcomes);
        for (String s : ok) {
            errors.remove(s);
        }
        return errors;
    }
}
