package vn.motcua.queue.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.ticket.Priority;

class SummaryTest {

    private static final Instant OPEN = Instant.parse("2025-03-03T01:00:00Z");
    private static final Instant CLOSE = OPEN.plus(Duration.ofHours(8));
    private static final Duration TARGET = Duration.ofMinutes(15);

    private static TicketOutcome ticket(int issuedMinute, Integer calledMinute, Integer estimateMinutes) {
        return new TicketOutcome("A" + issuedMinute, "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(issuedMinute)),
                calledMinute == null ? null : OPEN.plus(Duration.ofMinutes(calledMinute)),
                estimateMinutes == null ? null : Duration.ofMinutes(estimateMinutes), TARGET, false, false, true);
    }

    @Test
    void unservedTicketsAreMissesAndCountTheirWaitUntilClosing() {
        DayResult day = new DayResult("s", "p", 1, null, CLOSE, List.of(
                ticket(0, 5, 4), ticket(10, 30, 10), ticket(470, null, 3)),
                List.of(new CounterUsage("Q", Duration.ofHours(8), Duration.ofHours(6), Map.of("A", Duration.ofHours(6)))));
        Summary s = Summary.of("all", List.of(day));
        assertThat(s.tickets()).isEqualTo(3);
        assertThat(s.withinTargetPct()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(s.maxWait()).isEqualTo(20.0);
        assertThat(s.meanWait()).isCloseTo((5 + 20 + 10) / 3.0, within(1e-9));
        assertThat(s.unservedPerDay()).isEqualTo(1.0);
        // estimate errors: 4 - 5 = -1 and 10 - 20 = -10; the unserved ticket has no actual wait
        assertThat(s.estimated()).isEqualTo(2);
        assertThat(s.estimateMae()).isCloseTo(5.5, within(1e-9));
        assertThat(s.estimateBias()).isCloseTo(-5.5, within(1e-9));
        assertThat(s.utilisation()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void nearestRankPercentile() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(Summary.percentile(sorted, 0.9)).isEqualTo(9.0);
        assertThat(Summary.percentile(List.of(3.0), 0.9)).isEqualTo(3.0);
        assertThat(Summary.percentile(List.of(), 0.9)).isZero();
    }
}
