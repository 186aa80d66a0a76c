package vn.motcua.queue.simulator.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.simulator.engine.TestScenarios;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;
import vn.motcua.queue.simulator.scenario.ServiceTimeSpec;

class CitizenGeneratorTest {

    @Test
    void arrivalsFollowTheRateCurveOnAverage() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        double expected = busy.services().stream().mapToDouble(ServiceSpec::expectedArrivals).sum();
        double total = 0;
        for (int seed = 1; seed <= 40; seed++) {
            total += CitizenGenerator.generate(busy, seed).size();
        }
        // Poisson: the 40-day mean has a standard deviation of sqrt(expected / 40), about 4; allow 4 of those
        assertThat(total / 40).isCloseTo(expected, within(4 * Math.sqrt(expected / 40)));
    }

    @Test
    void nobodyArrivesOutsideTheCurveOrAfterTheLastTicket() {
        Scenario quiet = TestScenarios.standard("quiet-district");
        List<Citizen> citizens = CitizenGenerator.generate(quiet, 5);
        assertThat(citizens).isNotEmpty().allSatisfy(c -> {
            LocalTime t = c.arrival().atZone(quiet.zone()).toLocalTime();
            assertThat(t).isBetween(quiet.open(), quiet.lastTicket());
        });
        assertThat(citizens).isSortedAccordingTo(java.util.Comparator.comparing(Citizen::arrival));
    }

    @Test
    void theMorningPeakBringsMoreCitizensPerHourThanLunchtime() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        long peak = 0;
        long lunch = 0;
        for (int seed = 1; seed <= 10; seed++) {
            for (Citizen c : CitizenGenerator.generate(busy, seed)) {
                LocalTime t = c.arrival().atZone(busy.zone()).toLocalTime();
                peak += t.isAfter(LocalTime.of(8, 0)) && t.isBefore(LocalTime.of(10, 0)) ? 1 : 0;
                lunch += t.isAfter(LocalTime.of(11, 30)) && t.isBefore(LocalTime.of(13, 30)) ? 1 : 0;
            }
        }
        assertThat(peak).isGreaterThan(3 * lunch);
    }

    @Test
    void lognormalServiceTimesHaveTheConfiguredMeanAndSpread() {
        ServiceTimeSpec spec = ServiceTimeSpec.lognormal(Duration.ofMinutes(12), 0.6);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 50_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double m = ServiceTimeSampler.sample(spec, rng).toMillis() / 60_000.0;
            sum += m;
            sumSq += m * m;
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSq / n - mean * mean);
        // standard error of the mean: 12 x 0.6 / sqrt(50000) = 0.03 minutes
        assertThat(mean).isCloseTo(12.0, within(0.15));
        assertThat(sd / mean).isCloseTo(0.6, within(0.03));
    }

    @Test
    void sharesOfPriorityNoShowAndTransferAreRespected() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        ServiceSpec a = busy.service("A").orElseThrow();
        long n = 0;
        long priority = 0;
        long transfers = 0;
        for (int seed = 1; seed <= 30; seed++) {
            for (Citizen c : CitizenGenerator.generate(busy, seed)) {
                if (c.service().equals("A")) {
                    n++;
                    priority += c.priority().isPriority() ? 1 : 0;
                    transfers += c.transfers() ? 1 : 0;
                    assertThat(c.transferTo()).isIn(null, "C");
                }
            }
        }
        assertThat((double) priority / n).isCloseTo(a.priorityShare(), within(0.02));
        assertThat((double) transfers / n).isCloseTo(a.transferShare() * (1 - a.noShowShare()), within(0.015));
    }
}
