package vn.motcua.queue.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The numbers of one run as {@code key=value} lines: printed, and written to a file for run.sh's table. */
final class Results {

    private final Map<String, String> values = new LinkedHashMap<>();

    Results put(String key, Object value) {
        values.put(key, value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value));
        return this;
    }

    /** count, throughput, p50/p90/p99/p99.9/max in ms and errors of one kind of request, keys prefixed. */
    Results latencies(String prefix, LatencyStats stats, double seconds, String... ok) {
        long okCount = 0;
        for (String s : ok) {
            okCount += stats.count(s);
        }
        put(prefix + ".count", stats.count());
        put(prefix + ".ok", okCount);
        put(prefix + ".per_s", okCount / seconds);
        put(prefix + ".p50_ms", stats.millisAt(50));
        put(prefix + ".p90_ms", stats.millisAt(90));
        put(prefix + ".p99_ms", stats.millisAt(99));
        put(prefix + ".p999_ms", stats.millisAt(99.9));
        put(prefix + ".max_ms", stats.maxMillis());
        put(prefix + ".outcomes", stats.outcomes().toString().replace(" ", ""));
        put(prefix + ".errors", stats.errors(ok).values().stream().mapToLong(Long::longValue).sum());
        return this;
    }

    /**
     * Where the slow answers of a run were: the seconds whose longest answer took over {@code slowMillis}, and the
     * longest answer of every second (window plus 5 s of drain) for the raw file.
     */
    Results timeline(String prefix, LatencyStats stats, Window window, long slowMillis) {
        long[] max = stats.maxMillisPerSecond(window, 5);
        put(prefix + ".slow_seconds_over_" + slowMillis + "ms", java.util.Arrays.stream(max).filter(m -> m > slowMillis).count());
        put(prefix + ".max_ms_per_second", java.util.Arrays.stream(max).mapToObj(Long::toString)
                .collect(java.util.stream.Collectors.joining(",")));
        return this;
    }

    void print() {
        values.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    void write(String file) throws IOException {
        if (file == null || file.isBlank()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(Path.of(file), text);
    }
}
