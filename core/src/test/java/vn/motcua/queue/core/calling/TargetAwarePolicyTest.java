package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.queue.core.calling.Situation.at;
import static vn.motcua.queue.core.calling.Situation.chosenId;
import static vn.motcua.queue.core.calling.Situation.normal;
import static vn.motcua.queue.core.calling.Situation.queue;
import static vn.motcua.queue.core.calling.Situation.rule;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetAwarePolicyTest {

    private final CallingPolicy targetAware = new TargetAwarePolicy();

    @Test
    void prefersTheServiceFurthestIntoItsTargetOverTheOldestTicket() {
        // A: 20/15 = 1.33 of target; B: 25/30 = 0.83. FIFO would call B.
        assertThat(chosenId(targetAware, 25, queue(rule("A", 15), normal("A001", "A", 5)),
                queue(rule("B", 30), normal("B001", "B", 0)))).isEqualTo("A001");
        assertThat(chosenId(new FifoPolicy(), 25, queue(rule("A", 15), normal("A001", "A", 5)),
                queue(rule("B", 30), normal("B001", "B", 0)))).isEqualTo("B001");
    }

    @Test
    void theCounterWeightCanTipTheChoice() {
        // A: 10/15 x 1 = 0.67; B: 8/15 x 2 = 1.07
        assertThat(chosenId(targetAware, 10, queue(rule("A", 15), 1.0, normal("A001", "A", 0)),
                queue(rule("B", 15), 2.0, normal("B001", "B", 2)))).isEqualTo("B001");
        assertThat(chosenId(targetAware, 10, queue(rule("A", 15), 1.0, normal("A001", "A", 0)),
                queue(rule("B", 15), 1.0, normal("B001", "B", 2)))).isEqualTo("A001");
    }

    @Test
    void aLowWeightHoldsAServiceBackUntilItIsFarLate() {
        // B at half weight: 25/15 x 0.5 = 0.83 loses to A's 10/15 = 0.67? no: 0.83 > 0.67, B wins
        assertThat(chosenId(targetAware, 25, queue(rule("A", 15), 1.0, normal("A001", "A", 15)),
                queue(rule("B", 15), 0.5, normal("B001", "B", 0)))).isEqualTo("B001");
        // but at 18 minutes B scores 0.6 and A (10 min) 0.67
        assertThat(chosenId(targetAware, 18, queue(rule("A", 15), 1.0, normal("A001", "A", 8)),
                queue(rule("B", 15), 0.5, normal("B001", "B", 0)))).isEqualTo("A001");
    }

    @Test
    void tiesGoToTheProfileOrder() {
        assertThat(chosenId(targetAware, 10, queue(rule("B", 30), normal("B001", "B", 0)),
                queue(rule("A", 15), normal("A001", "A", 5)))).isEqualTo("B001");
    }

    @Test
    void nothingToCallWhenAllQueuesAreEmpty() {
        assertThat(targetAware.choose(at(0), List.of(queue(rule("A", 15))))).isEmpty();
        assertThat(targetAware.kind()).isEqualTo(PolicyKind.TARGET_AWARE);
    }
}
