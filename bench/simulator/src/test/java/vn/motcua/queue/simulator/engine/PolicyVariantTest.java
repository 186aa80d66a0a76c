package vn.motcua.queue.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.FifoPolicy;

class PolicyVariantTest {

    @Test
    void parsesKindsCapsAndDeadlineParameters() {
        assertThat(PolicyVariant.parse("fifo").create()).isInstanceOf(FifoPolicy.class);
        assertThat(((DeadlinePolicy) PolicyVariant.parse("DEADLINE:2.5").create()).cap()).isEqualTo(2.5);
        assertThat(((DeadlinePolicy) PolicyVariant.parse("deadline").create()).cap()).isEqualTo(2.0);
        assertThat(PolicyVariant.parse("DEADLINE:2.5").label()).isEqualTo("DEADLINE 2.5");
        DeadlinePolicy plain = (DeadlinePolicy) PolicyVariant.parse("deadline:1.5:1:0").create();
        assertThat(plain.cap()).isEqualTo(1.5);
        assertThat(plain.horizon()).isEqualTo(1.0);
        assertThat(plain.serviceTimeWeight()).isEqualTo(0.0);
        assertThat(PolicyVariant.parse("deadline:1.5:1:0").label()).isEqualTo("DEADLINE 1.5 h1.0 w0.0");
        assertThat(PolicyVariant.parse("DEADLINE:2:0.5:0.5").label()).isEqualTo("DEADLINE 2.0");
    }

    @Test
    void refusesParametersOnAPolicyWithoutThemAndBadValues() {
        assertThatThrownBy(() -> PolicyVariant.parse("FIFO:2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyVariant.parse("LIFO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyVariant.parse("TRIAGE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyVariant.parse("DEADLINE:2:0")).isInstanceOf(IllegalArgumentException.class);
    }
}
