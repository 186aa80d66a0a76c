package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;
import static vn.motcua.queue.core.calling.Situation.transferred;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriagePolicyTest {

    private final CallingPolicy triage = new TriagePolicy(2.0);

    @Test
    void skipsLateTicketsForOneThatCanStillMakeItsTarget() {
        // A001 waited 20 of 15 (late, under the cap of 30); A003 waited 6: triage saves A003, DEADLINE calls A001
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 2), normal("A003", "A", 14));
        assertThat(chosenId(triage, 20, a)).isEqualTo("A003");
        assertThat(chosenId(new DeadlinePolicy(2.0), 20, a)).isEqualTo("A001");
    }

    @Test
    void amongSavableTicketsOfSeveralServicesTheLeastSlackGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 12)); // A002 slack 7
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 15));                        // slack 10
        assertThat(chosenId(triage, 20, b, a)).isEqualTo("A002");
    }

    @Test
    void aTicketPastTheCapGoesFirstSoNobodyWaitsForever() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), normal("A002", "A", 25)); // A001 waited 31
        assertThat(chosenId(triage, 31, a)).isEqualTo("A001");
    }

    @Test
    void transferredAndPriorityHeadsKeepTheirRight() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 0), transferred("B007", "A", 1, 19),
                normal("A003", "A", 14));
        assertThat(chosenId(triage, 20, a)).isEqualTo("B007");
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 0), priority("B002", "B", 1), normal("B003", "B", 14));
        assertThat(chosenId(triage, 20, b)).isEqualTo("B002");
    }

    @Test
    void whenEveryoneIsLateTheOldestHeadGoesFirst() {
        ServiceQueue a = queue(rule("A", 15), normal("A001", "A", 5));
        ServiceQueue b = queue(rule("B", 15), normal("B001", "B", 0));
        assertThat(chosenId(triage, 25, a, b)).isEqualTo("B001");
    }

    @Test
    void nothingToCallWhenEmptyAndNoCapBelowOne() {
        assertThat(triage.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
        assertThat(triage.kind()).isEqualTo(PolicyKind.DEADLINE);
        assertThatThrownBy(() -> new TriagePolicy(0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
