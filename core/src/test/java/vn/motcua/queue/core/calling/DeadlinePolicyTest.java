package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private final CallingPolicy deadline = new DeadlinePolicy(2.0);

    @Test
    void aTicketPastCapTimesTargetGoesFirstEvenIfAnotherHasLessSlack() {
        // A waited 35 > 2 x 15; B waited 50 of 60 (slack 10). FIFO would call B (older).
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 15));
        ServiceQueue b = queue(rule("B", 60), normal("B001", "B", 0));
        assertThat(chosenId(deadline, 50, b, a)).isEqualTo("A001");
        assertThat(chosenId(new FifoPolicy(), 50, b, a)).isEqualTo("B001");
    }

    @Test
    void amongOverdueTicketsTheLongestWaitingGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 10));   // 40 > 30
        ServiceQueue b = queue(rule("B", 10), normal("B001", "B", 5));    // 45 > 20
        assertThat(chosenId(deadline, 50, a, b)).isEqualTo("B001");
    }

    @Test
    void otherwiseTheTicketThatCanStillMakeItsTargetWithLeastSlack() {
        // A: 10 of 15 (slack 5); B: 45 of 60 (slack 15). FIFO and TARGET_AWARE (0.75 > 0.67) call B.
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 35));
        ServiceQueue b = queue(rule("B", 60), normal("B001", "B", 0));
        assertThat(chosenId(deadline, 45, b, a)).isEqualTo("A001");
        assertThat(chosenId(new TargetAwarePolicy(), 45, b, a)).isEqualTo("B001");
    }

    @Test
    void aLateTicketUnderTheCapWaitsWhileAnotherCanStillBeSavedInTime() {
        // A waited 20 of 15 (late, under 30); B waited 5 of 15: DEADLINE saves B, FIFO calls A.
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0));
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 15));
        assertThat(chosenId(deadline, 20, a, b)).isEqualTo("B001");
        assertThat(chosenId(new FifoPolicy(), 20, a, b)).isEqualTo("A001");
    }

    @Test
    void whenAllAreLateAndNoneIsPastTheCapTheOldestGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 10));   // 20
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 5));    // 25
        assertThat(chosenId(deadline, 30, a, b)).isEqualTo("B001");
    }

    @Test
    void theCapDecidesWhenALateTicketOvertakesOneStillInTime() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0));    // 25 of 15
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 20));   // 5 of 15
        assertThat(chosenId(new DeadlinePolicy(1.5), 25, a, b)).isEqualTo("A001");
        assertThat(chosenId(new DeadlinePolicy(2.0), 25, a, b)).isEqualTo("B001");
    }

    @Test
    void equalSlackGoesToTheProfileOrder() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 5));
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 5));
        assertThat(chosenId(deadline, 10, b, a)).isEqualTo("B001");
        assertThat(chosenId(deadline, 10, a, b)).isEqualTo("A001");
    }

    @Test
    void theChosenServiceGivesItsHeadSoAPriorityTicketIsCalled() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), priority("A005", "A", 9));
        assertThat(chosenId(deadline, 10, a)).isEqualTo("A005");
    }

    @Test
    void refusesACapBelowOneOrNotANumber() {
        assertThatThrownBy(() -> new DeadlinePolicy(0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlinePolicy(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeadlinePolicy(1.0).cap()).isEqualTo(1.0);
    }

    @Test
    void factoryPassesTheCapAndDefaultsToTwo() {
        assertThat(((DeadlinePolicy) CallingPolicies.of(PolicyKind.DEADLINE, 3.0)).cap()).isEqualTo(3.0);
        assertThat(((DeadlinePolicy) CallingPolicies.of(PolicyKind.DEADLINE)).cap())
                .isEqualTo(CallingPolicies.DEFAULT_CAP).isEqualTo(2.0);
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(deadline.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
        assertThat(deadline.kind()).isEqualTo(PolicyKind.DEADLINE);
    }
}
