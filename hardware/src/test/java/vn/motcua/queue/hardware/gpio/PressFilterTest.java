package vn.motcua.queue.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.testing.MutableClock;

class PressFilterTest {
    private final MutableClock clock = new MutableClock();
    private final PressFilter filter = new PressFilter(Duration.ofMillis(50), Duration.ofSeconds(3), clock);

    @Test
    void aReleaseShorterThanTheDebounceIsBounce() {
        assertThat(filter.level("a", true)).isTrue();
        clock.advanceMillis(500);
        assertThat(filter.level("a", false)).isFalse();
        clock.advanceMillis(49);
        assertThat(filter.level("a", true)).isFalse();
    }

    @Test
    void aReleaseAsLongAsTheDebounceEndsThePress() {
        filter.level("a", true);
        filter.level("a", false);
        clock.advance(Duration.ofSeconds(3));
        assertThat(filter.level("a", true)).isTrue();
    }

    @Test
    void theLockoutCoversEveryButton() {
        assertThat(filter.level("a", true)).isTrue();
        filter.level("a", false);
        clock.advanceMillis(2900);
        assertThat(filter.level("b", true)).isFalse();
        filter.level("b", false);
        clock.advanceMillis(100);
        assertThat(filter.level("b", true)).isTrue();
    }

    @Test
    void startLockoutNeverShortensARunningOne() {
        PressFilter longLockout = new PressFilter(Duration.ofMillis(50), Duration.ofSeconds(10), clock);
        longLockout.level("a", true);
        longLockout.level("a", false);
        clock.advance(Duration.ofSeconds(9));
        longLockout.startLockout(); // until 19 s
        clock.advance(Duration.ofSeconds(9));
        assertThat(longLockout.level("a", true)).isFalse();
    }
}
