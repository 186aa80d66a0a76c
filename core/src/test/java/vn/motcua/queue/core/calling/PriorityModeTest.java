package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriorityModeTest {

    @Test
    void parsesStrictIgnoringCaseAndSpaces() {
        assertThat(PriorityMode.parse("STRICT")).isEqualTo(PriorityMode.STRICT);
        assertThat(PriorityMode.parse("  strict ")).isEqualTo(PriorityMode.STRICT);
    }

    @Test
    void parsesAlternateWithItsCount() {
        assertThat(PriorityMode.parse("ALTERNATE 3")).isEqualTo(new PriorityMode.Alternate(3));
        assertThat(PriorityMode.parse("alternate   1")).isEqualTo(new PriorityMode.Alternate(1));
    }

    @Test
    void printsBackInTheFormItParses() {
        assertThat(PriorityMode.parse(PriorityMode.STRICT.toString())).isEqualTo(PriorityMode.STRICT);
        assertThat(new PriorityMode.Alternate(4).toString()).isEqualTo("ALTERNATE 4");
        assertThat(PriorityMode.parse(new PriorityMode.Alternate(4).toString())).isEqualTo(new PriorityMode.Alternate(4));
    }

    @Test
    void refusesAlternateBelowOne() {
        assertThatThrownBy(() -> PriorityMode.parse("ALTERNATE 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n >= 1");
        assertThatThrownBy(() -> new PriorityMode.Alternate(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAlternateWithoutAWholeNumber() {
        assertThatThrownBy(() -> PriorityMode.parse("ALTERNATE two"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'TWO'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FIFO", "ALTERNATE", "STRICT 2", "ALTERNATE 2 3"})
    void refusesAnythingElseQuotingTheText(String text) {
        assertThatThrownBy(() -> PriorityMode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STRICT or ALTERNATE n");
    }

    @Test
    void refusesAMissingMode() {
        assertThatThrownBy(() -> PriorityMode.parse(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
