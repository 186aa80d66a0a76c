package vn.motcua.queue.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.FifoPolicy;
import vn.motcua.queue.core.calling.TriagePolicy;

class PolicyVariantTest {

    @Test
    void parsesKindsAndCaps() {
        assertThat(PolicyVariant.parse("fifo").create()).isInstanceOf(FifoPolicy.class);
        assertThat(((DeadlinePolicy) PolicyVariant.parse("DEADLINE:2.5").create()).cap()).isEqualTo(2.5);
        assertThat(((DeadlinePolicy) PolicyVariant.parse("deadline").create()).cap()).isEqualTo(2.0);
        assertThat(((TriagePolicy) PolicyVariant.parse("triage:1.5").create()).cap()).isEqualTo(1.5);
        assertThat(PolicyVariant.parse("DEADLINE:2.5").label()).isEqualTo("DEADLINE 2.5");
    }

    @Test
    void refusesACapOnAPolicyWithoutOne() {
        assertThatThrownBy(() -> PolicyVariant.parse("FIFO:2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyVariant.parse("LIFO")).isInstanceOf(IllegalArgumentException.class);
    }
}
