package vn.motcua.queue.display.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeqTrackerTest {
    @Test
    void acceptsEachNextNumberIgnoresRepeatsAndFlagsGaps() {
        SeqTracker seq = new SeqTracker();
        assertThat(seq.accept(5)).as("no snapshot yet").isEqualTo(SeqTracker.Verdict.GAP);
        seq.reset(10);
        assertThat(seq.accept(11)).isEqualTo(SeqTracker.Verdict.NEXT);
        assertThat(seq.accept(11)).isEqualTo(SeqTracker.Verdict.DUPLICATE);
        assertThat(seq.accept(9)).isEqualTo(SeqTracker.Verdict.DUPLICATE);
        assertThat(seq.accept(13)).isEqualTo(SeqTracker.Verdict.GAP);
        assertThat(seq.last()).isEqualTo(11);
        seq.reset(20);
        assertThat(seq.accept(21)).isEqualTo(SeqTracker.Verdict.NEXT);
    }

    @Test
    void backoffDoublesUpToTheCapAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofMillis(2000));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(2000));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(2000));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(250));
    }
}
