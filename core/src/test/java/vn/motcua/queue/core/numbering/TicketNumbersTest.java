package vn.motcua.queue.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

    @Test
    void formatsWithAtLeastThreeDigits() {
        assertThat(TicketNumbers.format("A", 1)).isEqualTo("A001");
        assertThat(TicketNumbers.format("A", 42)).isEqualTo("A042");
        assertThat(TicketNumbers.format("A", 999)).isEqualTo("A999");
    }

    @Test
    void keepsCountingPastNineHundredNinetyNineWithAFourthDigit() {
        assertThat(TicketNumbers.format("A", 1000)).isEqualTo("A1000");
        assertThat(TicketNumbers.format("HT", 12345)).isEqualTo("HT12345");
    }

    @Test
    void refusesANegativeSequence() {
        assertThatThrownBy(() -> TicketNumbers.format("A", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheSequenceBackFromANumber() {
        assertThat(TicketNumbers.sequenceOf("A023")).isEqualTo(23);
        assertThat(TicketNumbers.sequenceOf("A1000")).isEqualTo(1000);
        assertThat(TicketNumbers.sequenceOf(TicketNumbers.format("KT", 7))).isEqualTo(7);
    }

    @Test
    void refusesANumberWithoutDigits() {
        assertThatThrownBy(() -> TicketNumbers.sequenceOf("ABC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ABC");
    }
}
