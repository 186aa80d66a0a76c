package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;

import java.util.List;
import org.junit.jupiter.api.Test;

class FifoPolicyTest {

    private final CallingPolicy fifo = new FifoPolicy();

    @Test
    void callsFromTheServiceWhoseOldestTicketWaitedLongestRegardlessOfProfileOrder() {
        // A is first in the profile and has the tighter target, but B's ticket has waited longer
        assertThat(chosenId(fifo, 25, queue(rule("A", 15), normal("A001", "A", 5)),
                queue(rule("B", 30), normal("B001", "B", 0)))).isEqualTo("B001");
    }

    @Test
    void tiesGoToTheProfileOrder() {
        assertThat(chosenId(fifo, 10, queue(rule("B", 15), normal("B001", "B", 0)),
                queue(rule("A", 15), normal("A001", "A", 0)))).isEqualTo("B001");
    }

    @Test
    void callsTheChosenServiceHeadSoStrictPriorityStillApplies() {
        assertThat(chosenId(fifo, 10, queue(rule("A", 15), normal("A001", "A", 0), priority("A002", "A", 8)),
                queue(rule("B", 15), normal("B001", "B", 1)))).isEqualTo("A002");
    }

    @Test
    void callNextSkipsTicketsOfOtherServicesThatTheCounterDoesNotServe() {
        // the counter's queues hold only its own services: an empty A and a non-empty B
        assertThat(chosenId(fifo, 10, queue(rule("A", 15)), queue(rule("B", 15), normal("B001", "B", 3))))
                .isEqualTo("B001");
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(fifo.choose(at(0), List.of(queue(rule("A", 15)), queue(rule("B", 15))))).isEmpty();
        assertThat(fifo.choose(at(0), List.of())).isEmpty();
    }

    @Test
    void reportsItsKind() {
        assertThat(fifo.kind()).isEqualTo(PolicyKind.FIFO);
        assertThat(CallingPolicies.of(PolicyKind.FIFO)).isInstanceOf(FifoPolicy.class);
    }
}
