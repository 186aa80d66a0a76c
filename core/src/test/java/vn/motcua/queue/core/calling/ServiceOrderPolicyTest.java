package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceOrderPolicyTest {

    private final CallingPolicy serviceOrder = new ServiceOrderPolicy();

    @Test
    void callsTheFirstProfileServiceEvenWhenAnotherHasWaitedFarLonger() {
        assertThat(chosenId(serviceOrder, 90, queue(rule("A", 15), normal("A001", "A", 85)),
                queue(rule("B", 15), normal("B001", "B", 0)))).isEqualTo("A001");
    }

    @Test
    void movesToTheNextProfileServiceWhenTheFirstIsEmpty() {
        assertThat(chosenId(serviceOrder, 10, queue(rule("A", 15)), queue(rule("C", 15), normal("C001", "C", 9)),
                queue(rule("B", 15), normal("B001", "B", 0)))).isEqualTo("C001");
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(serviceOrder.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
    }

    @Test
    void reportsItsKind() {
        assertThat(CallingPolicies.of(PolicyKind.SERVICE_ORDER).kind()).isEqualTo(PolicyKind.SERVICE_ORDER);
    }
}
