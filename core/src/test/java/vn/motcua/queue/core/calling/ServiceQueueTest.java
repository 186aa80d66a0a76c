package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.rule;
import static vn.motcua.queue.core.calling.Situation.transferred;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceQueueTest {

    private static final ServiceRule STRICT = rule("A", 15);
    private static final ServiceRule ALTERNATE_2 = rule("A", 15, new PriorityMode.Alternate(2));

    private static String head(ServiceRule rule, int streak, WaitingTicket... tickets) {
        return ServiceQueue.of(rule, 1.0, List.of(tickets), streak).head().map(WaitingTicket::id).orElse(null);
    }

    @Test
    void emptyQueueHasNoHeadAndNoWait() {
        ServiceQueue q = ServiceQueue.of(STRICT, 1.0, List.of(), 0);
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.head()).isEmpty();
        assertThat(q.longestWait(at(30))).isEqualTo(Duration.ZERO);
    }

    @Test
    void ofSortsTicketsIntoLineOrderTransferredFirstThenByQueueTime() {
        ServiceQueue q = ServiceQueue.of(STRICT, 1.0, List.of(
                normal("A003", "A", 3), transferred("B001", "A", 0, 5), normal("A001", "A", 1)), 0);
        assertThat(q.tickets()).extracting(WaitingTicket::id).containsExactly("B001", "A001", "A003");
    }

    @Test
    void transferredTicketIsCalledFirstEvenBeforeAPriorityTicket() {
        assertThat(head(STRICT, 0, priority("A002", "A", 2), transferred("B001", "A", 0, 9)))
                .isEqualTo("B001");
    }

    @Test
    void twoTransferredTicketsAreCalledInTheOrderTheyWereTransferred() {
        assertThat(head(STRICT, 0, transferred("B007", "A", 0, 9), transferred("C001", "A", 4, 6)))
                .isEqualTo("C001");
    }

    @Test
    void strictCallsTheFirstPriorityTicketBeforeOlderNormalOnes() {
        assertThat(head(STRICT, 0, normal("A001", "A", 0), normal("A002", "A", 1), priority("A003", "A", 2)))
                .isEqualTo("A003");
    }

    @Test
    void strictIgnoresTheStreak() {
        assertThat(head(STRICT, 99, normal("A001", "A", 0), priority("A002", "A", 1))).isEqualTo("A002");
    }

    @Test
    void alternateCallsNormalTicketsUntilTheStreakReachesN() {
        WaitingTicket[] line = {normal("A001", "A", 0), priority("A002", "A", 1), normal("A003", "A", 2)};
        assertThat(head(ALTERNATE_2, 0, line)).isEqualTo("A001");
        assertThat(head(ALTERNATE_2, 1, line)).isEqualTo("A001");
        assertThat(head(ALTERNATE_2, 2, line)).isEqualTo("A002");
        assertThat(head(ALTERNATE_2, 5, line)).isEqualTo("A002");
    }

    @Test
    void alternateWithOnlyPriorityTicketsCallsThemWhateverTheStreak() {
        assertThat(head(ALTERNATE_2, 0, priority("A002", "A", 1), priority("A001", "A", 0))).isEqualTo("A001");
    }

    @Test
    void alternateWithOnlyNormalTicketsCallsTheOldestWhateverTheStreak() {
        assertThat(head(ALTERNATE_2, 7, normal("A002", "A", 1), normal("A001", "A", 0))).isEqualTo("A001");
    }

    @Test
    void strictWithOnlyNormalTicketsCallsTheOldest() {
        assertThat(head(STRICT, 0, normal("A002", "A", 1), normal("A001", "A", 0))).isEqualTo("A001");
    }

    @Test
    void streakGrowsWithNormalCallsAndResetsOnAPriorityCall() {
        ServiceQueue q = ServiceQueue.of(ALTERNATE_2, 1.0, List.of(), 3);
        assertThat(q.streakAfter(normal("A001", "A", 0))).isEqualTo(4);
        assertThat(q.streakAfter(priority("A002", "A", 0))).isZero();
    }

    @Test
    void alternationFollowsTheStreakOverASequenceOfCalls() {
        List<WaitingTicket> line = new java.util.ArrayList<>(List.of(
                normal("N1", "A", 0), normal("N2", "A", 1), normal("N3", "A", 2), normal("N4", "A", 3),
                priority("P1", "A", 4), priority("P2", "A", 5)));
        int streak = 0;
        StringBuilder order = new StringBuilder();
        while (!line.isEmpty()) {
            ServiceQueue q = ServiceQueue.of(ALTERNATE_2, 1.0, line, streak);
            WaitingTicket called = q.head().orElseThrow();
            order.append(called.id()).append(' ');
            streak = q.streakAfter(called);
            line.remove(called);
        }
        assertThat(order.toString().trim()).isEqualTo("N1 N2 P1 N3 N4 P2");
    }

    @Test
    void longestWaitCountsFromIssueTimeAlsoForATransferredTicket() {
        ServiceQueue q = ServiceQueue.of(STRICT, 1.0, List.of(
                normal("A001", "A", 10), transferred("B001", "A", 2, 20)), 0);
        assertThat(q.longestWait(at(25))).isEqualTo(Duration.ofMinutes(23));
    }

    @Test
    void longestWaitIsNeverNegative() {
        ServiceQueue q = ServiceQueue.of(STRICT, 1.0, List.of(normal("A001", "A", 10)), 0);
        assertThat(q.longestWait(at(5))).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesANonPositiveWeight() {
        assertThatThrownBy(() -> ServiceQueue.of(STRICT, 0, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    }
}
