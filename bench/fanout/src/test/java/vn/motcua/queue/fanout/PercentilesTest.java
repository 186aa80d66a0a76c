package vn.motcua.queue.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        long[] samples = new long[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i; // unsorted on purpose
        }
        Percentiles p = new Percentiles(samples);

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void p99OfFewSamplesIsTheLargest() {
        Percentiles p = new Percentiles(new long[] {7, 3, 5});

        assertThat(p.at(99)).isEqualTo(7);
        assertThat(p.at(50)).isEqualTo(5);
    }

    @Test
    void noSamplesGiveZero() {
        Percentiles p = new Percentiles(new long[0]);

        assertThat(p.at(99)).isZero();
        assertThat(p.max()).isZero();
    }
}
