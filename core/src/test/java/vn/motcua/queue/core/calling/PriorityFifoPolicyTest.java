package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.priority;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;
import static vn.motcua.queue.core.calling.Situation.transferred;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityFifoPolicyTest {

    private final CallingPolicy baseline = new PriorityFifoPolicy();

    @Test
    void anyPriorityTicketOfAnyServiceGoesBeforeOlderNormalTickets() {
        assertThat(chosenId(baseline, 30, queue(rule("A", 15), normal("A001", "A", 0)),
                queue(rule("B", 60), priority("B004", "B", 29)))).isEqualTo("B004");
    }

    @Test
    void ignoresTheServicesAlternateMode() {
        ServiceRule alternate = rule("A", 15, new PriorityMode.Alternate(3));
        ServiceQueue a = ServiceQueue.of(alternate, 1.0, List.of(normal("A001", "A", 0), priority("A002", "A", 1)), 0);
        assertThat(chosenId(baseline, 5, a)).isEqualTo("A002");
        assertThat(chosenId(new FifoPolicy(), 5, a)).isEqualTo("A001");
    }

    @Test
    void withoutPriorityTicketsCallsTheOldestTicketIgnoringTargetsAndProfileOrder() {
        assertThat(chosenId(baseline, 30, queue(rule("A", 5), normal("A001", "A", 20)),
                queue(rule("B", 60), normal("B001", "B", 10)))).isEqualTo("B001");
    }

    @Test
    void amongPriorityTicketsTheOldestGoesFirst() {
        assertThat(chosenId(baseline, 30, queue(rule("A", 15), priority("A003", "A", 12)),
                queue(rule("B", 15), priority("B002", "B", 11)))).isEqualTo("B002");
    }

    @Test
    void aTransferredTicketStillGoesToTheFrontBeforePriorityTickets() {
        assertThat(chosenId(baseline, 30, queue(rule("A", 15), priority("A003", "A", 1)),
                queue(rule("B", 15), transferred("A001", "B", 0, 25)))).isEqualTo("A001");
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(baseline.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
        assertThat(baseline.kind()).isEqualTo(PolicyKind.PRIORITY_FIFO);
    }
}
