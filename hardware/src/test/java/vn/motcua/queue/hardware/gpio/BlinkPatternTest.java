package vn.motcua.queue.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BlinkPatternTest {
    private static boolean at(BlinkPattern pattern, long millis) {
        return pattern.isOn(Duration.ofMillis(millis));
    }

    @Test
    void repeatingBlinkAlternates() {
        assertThat(at(BlinkPattern.SLOW_BLINK, 0)).isTrue();
        assertThat(at(BlinkPattern.SLOW_BLINK, 499)).isTrue();
        assertThat(at(BlinkPattern.SLOW_BLINK, 500)).isFalse();
        assertThat(at(BlinkPattern.SLOW_BLINK, 1000)).isTrue();
        assertThat(at(BlinkPattern.SLOW_BLINK, 60_700)).isFalse();
    }

    @Test
    void threeBeepsPlayOnceThenStaySilent() {
        long beeps = 0;
        boolean previous = false;
        for (long t = 0; t < 5000; t += 10) {
            boolean on = at(BlinkPattern.THREE_BEEPS, t);
            if (on && !previous) {
                beeps++;
            }
            previous = on;
        }
        assertThat(beeps).isEqualTo(3);
        assertThat(at(BlinkPattern.THREE_BEEPS, 700)).isFalse();
    }

    @Test
    void onAndOffAreSteady() {
        assertThat(at(BlinkPattern.ON, 0)).isTrue();
        assertThat(at(BlinkPattern.ON, 86_400_000L * 30)).isTrue();
        assertThat(at(BlinkPattern.OFF, 0)).isFalse();
    }
}
