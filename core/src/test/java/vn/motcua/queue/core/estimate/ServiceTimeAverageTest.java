package vn.motcua.queue.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceTimeAverageTest {

    private static final Duration TEN = Duration.ofMinutes(10);

    @Test
    void movesTheMeanByAlphaTowardsTheObservation() {
        // 0.1 x 12 + 0.9 x 10 = 10.2 minutes
        assertThat(ServiceTimeAverage.update(TEN, Duration.ofMinutes(12), 0.1)).isEqualTo(Duration.ofSeconds(612));
    }

    @Test
    void aForgottenFinishCountsAsAtMostFourTimesTheMean() {
        // observed 3 hours is clamped to 40 minutes: 0.1 x 40 + 0.9 x 10 = 13
        assertThat(ServiceTimeAverage.update(TEN, Duration.ofHours(3), 0.1)).isEqualTo(Duration.ofMinutes(13));
    }

    @Test
    void anInstantFinishCountsAsAtLeastAQuarterOfTheMean() {
        // observed 1 s is clamped to 2.5 minutes: 0.1 x 150 + 0.9 x 600 = 555 s
        assertThat(ServiceTimeAverage.update(TEN, Duration.ofSeconds(1), 0.1)).isEqualTo(Duration.ofSeconds(555));
    }

    @Test
    void theLowerClampIsNeverBelowFifteenSeconds() {
        // mean 20 s: a quarter would be 5 s, the floor is 15 s: 0.5 x 15 + 0.5 x 20 = 17.5 s
        assertThat(ServiceTimeAverage.update(Duration.ofSeconds(20), Duration.ofSeconds(1), 0.5))
                .isEqualTo(Duration.ofMillis(17_500));
    }

    @Test
    void alphaOneTakesTheClampedObservation() {
        assertThat(ServiceTimeAverage.update(TEN, Duration.ofMinutes(7), 1.0)).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void aZeroSeedStillLearnsFromObservations() {
        Duration next = ServiceTimeAverage.update(Duration.ZERO, Duration.ofMinutes(8), 0.5);
        assertThat(next).isPositive();
    }

    @Test
    void repeatedObservationsConvergeOnTheirValue() {
        Duration mean = TEN;
        for (int i = 0; i < 200; i++) {
            mean = ServiceTimeAverage.update(mean, Duration.ofMinutes(6), ServiceTimeAverage.DEFAULT_ALPHA);
        }
        assertThat(mean.toMillis()).isBetween(6 * 60_000L - 1_000, 6 * 60_000L + 1_000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.01, Double.NaN})
    void refusesAnAlphaOutsideZeroToOne(double alpha) {
        assertThatThrownBy(() -> ServiceTimeAverage.update(TEN, TEN, alpha))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
    }
}
