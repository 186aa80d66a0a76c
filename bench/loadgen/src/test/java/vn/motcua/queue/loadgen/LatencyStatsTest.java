package vn.motcua.queue.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesOfOneToThousandMillisAreTheRankedValues() {
        LatencyStats stats = new LatencyStats("issue");
        for (int ms = 1000; ms >= 1; ms--) {
            stats.record(ms * 1_000_000L, "201");
        }
        assertThat(stats.count()).isEqualTo(1000);
        assertThat(stats.millisAt(50)).isCloseTo(500, within(0.5));
        assertThat(stats.millisAt(99)).isCloseTo(990, within(1.0));
        assertThat(stats.maxMillis()).isCloseTo(1000, within(1.0));
    }

    @Test
    void errorsAreTheOutcomesOtherThanTheSuccessfulStatuses() {
        LatencyStats stats = new LatencyStats("next");
        stats.record(1_000_000, "200");
        stats.record(1_000_000, "204");
        stats.record(1_000_000, "409");
        stats.record(1_000_000, "io");
        stats.record(1_000_000, "io");

        assertThat(stats.errors("200", "204")).isEqualTo(Map.of("409", 1L, "io", 2L));
    }

    @Test
    void anEmptyHistogramHasNoPercentiles() {
        assertThat(new LatencyStats("x").millisAt(99)).isNaN();
    }
}
