package vn.motcua.queue.backend.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.common.ProblemException;

/** What a heatmap cell shows; the wait metrics count called tickets, arrivals count issued ones. */
public enum HeatmapMetric {
    AVG_WAIT("avg_wait", "minutes", false),
    P90_WAIT("p90_wait", "minutes", false),
    WITHIN_TARGET("within_target", "percent", true),
    ARRIVALS("arrivals", "tickets", false);

    /** The goal line of {@link #WITHIN_TARGET}: 90% of citizens called within their target. */
    public static final int WITHIN_TARGET_GOAL = 90;

    private final String key;
    private final String unit;
    private final boolean higherIsBetter;

    HeatmapMetric(String key, String unit, boolean higherIsBetter) {
        this.key = key;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The metric of the query parameter {@code metric} (default avg_wait, any case), or a 400. */
    public static HeatmapMetric parse(String value) {
        if (value == null || value.isBlank()) {
            return AVG_WAIT;
        }
        String key = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("Query parameter 'metric' must be one of "
                        + Arrays.stream(values()).map(m -> m.key).collect(Collectors.joining(", "))
                        + ", got '" + value + "'"));
    }

    /** The goal line: the centre-wide target for waits, 90 for within target, none for arrivals. */
    public Integer goal(Integer targetWaitMinutes) {
        return switch (this) {
            case AVG_WAIT, P90_WAIT -> targetWaitMinutes;
            case WITHIN_TARGET -> WITHIN_TARGET_GOAL;
            case ARRIVALS -> null;
        };
    }
}
