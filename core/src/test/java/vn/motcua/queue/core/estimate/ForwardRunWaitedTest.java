package vn.motcua.queue.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Priority;

/** The run's millisecond wait is the ticket's own {@code waited(now)} in whole milliseconds, at every edge. */
class ForwardRunWaitedTest {

    @Test
    void equalsTheTicketsWaitInWholeMillisecondsAtEveryEdge() {
        Instant issued = Instant.parse("2026-11-30T08:00:00.999600Z");
        long[] offsetsNanos = {-1_500_000_000L, -1, 0, 1, 399_999, 400_000, 400_001, 999_999, 1_000_000, 1_400_000,
                59_999_999_999L, 3_600_000_000_001L, 30L * 24 * 3_600_000_000_000L};
        WaitingTicket t = WaitingTicket.issued("T1", "A", Priority.NONE, issued);
        for (long offset : offsetsNanos) {
            Instant now = issued.plusNanos(offset);
            assertThat(ForwardRun.waited(t, now)).as("%d ns after issue", offset)
                    .isEqualTo(t.waited(now).toMillis());
        }
        assertThat(ForwardRun.waited(t, issued.plusNanos(400_000))).isZero();
        assertThat(ForwardRun.waited(t, issued.plusMillis(1500))).isEqualTo(1500);
        assertThat(ForwardRun.waited(t, issued.minusSeconds(5))).isZero();
    }
}
