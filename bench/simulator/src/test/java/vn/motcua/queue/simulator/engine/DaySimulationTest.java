package vn.motcua.queue.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.simulator.bench.MultiDay;
import vn.motcua.queue.simulator.report.DayResult;
import vn.motcua.queue.simulator.report.Summary;
import vn.motcua.queue.simulator.report.TicketOutcome;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.TimeWindow;

class DaySimulationTest {

    private static final SimulationOptions DEADLINE = SimulationOptions.defaults();

    @Test
    void theSameSeedGivesTheSameDayTicketForTicket() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        DayResult first = DaySimulation.run(busy, DEADLINE, 7);
        DayResult second = DaySimulation.run(busy, DEADLINE, 7);
        assertThat(first.tickets()).hasSizeGreaterThan(400).isEqualTo(second.tickets());
        assertThat(first.counters()).isEqualTo(second.counters());
    }

    @Test
    void anotherSeedGivesAnotherDay() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        assertThat(DaySimulation.run(busy, DEADLINE, 1).tickets())
                .isNotEqualTo(DaySimulation.run(busy, DEADLINE, 2).tickets());
    }

    @Test
    void everyPolicyMeetsTheSameCitizensOnTheSameSeed() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        DayResult fifo = DaySimulation.run(busy, SimulationOptions.of(PolicyVariant.of(PolicyKind.FIFO)), 3);
        DayResult deadline = DaySimulation.run(busy, DEADLINE, 3);
        assertThat(fifo.tickets()).extracting(TicketOutcome::number, TicketOutcome::issuedAt, TicketOutcome::noShow)
                .isEqualTo(deadline.tickets().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.number(), t.issuedAt(), t.noShow())).toList());
        assertThat(fifo.tickets()).extracting(TicketOutcome::firstCallAt)
                .isNotEqualTo(deadline.tickets().stream().map(TicketOutcome::firstCallAt).toList());
    }

    @Test
    void numbersRunPerServiceFromOneAndTheDayIsTheCenterLocalDay() {
        DayResult day = DaySimulation.run(TestScenarios.standard("quiet-district"), DEADLINE, 1);
        assertThat(day.tickets()).filteredOn(t -> t.service().equals("A")).first()
                .extracting(TicketOutcome::number).isEqualTo("A001");
        assertThat(day.serviceDay()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
    }

    @Test
    void noShowsTransfersAndPriorityCitizensAllHappen() {
        Summary s = Summary.of("busy", MultiDay.run(TestScenarios.standard("busy-provincial"), DEADLINE, 3));
        assertThat(s.noShows()).isPositive();
        assertThat(s.transfers()).isPositive();
        DayResult day = DaySimulation.run(TestScenarios.standard("busy-provincial"), DEADLINE, 1);
        assertThat(day.tickets()).anyMatch(t -> t.priority().isPriority());
    }

    @Test
    void aScenarioWithNoCapacityShortageServesNearlyEveryoneWithinTarget() {
        // 30 citizens/h of 10 min is 5 Erlangs; 10 counters leave half the capacity idle
        Scenario ample = TestScenarios.oneService(10, 30, TestScenarios.exponential(10), LocalTime.of(16, 0), List.of());
        Summary s = Summary.of("ample", MultiDay.run(ample, DEADLINE, 10));
        assertThat(s.withinTargetPct()).isGreaterThan(99.5);
        assertThat(s.unservedPerDay()).isZero();
        assertThat(s.utilisation()).isBetween(0.4, 0.6);
    }

    @Test
    void capacityBelowLoadDegradesAsTheFluidLimitPredicts() {
        // 60/h of 10 min against 9 counters (54/h): the line grows by about 6 an hour, so after 8 hours about
        // 48 citizens are still waiting at closing (random fluctuation over 8 h is about +-30 on one day,
        // +-7 on the mean of 20 days); more counters shrink that, fewer grow it
        double nine = unservedPerDay(9);
        assertThat(nine).isBetween(48 * 0.8, 48 * 1.4);
        assertThat(unservedPerDay(8)).isGreaterThan(nine + 30); // fluid: 12 an hour, 96
        assertThat(unservedPerDay(11)).isLessThan(5);
    }

    private static double unservedPerDay(int counters) {
        Scenario s = TestScenarios.oneService(counters, 60, TestScenarios.exponential(10), LocalTime.of(16, 0), List.of());
        return Summary.of("over", MultiDay.run(s, DEADLINE.withoutEstimates(), 20)).unservedPerDay();
    }

    @Test
    void aCounterOnBreakCallsNobodyUntilTheBreakEnds() {
        TimeWindow lunch = new TimeWindow(LocalTime.of(11, 0), LocalTime.of(12, 0));
        Scenario s = TestScenarios.oneService(1, 4, TestScenarios.exponential(10), LocalTime.of(16, 0), List.of(lunch));
        for (DayResult day : MultiDay.run(s, DEADLINE, 5)) {
            assertThat(day.tickets()).filteredOn(t -> t.firstCallAt() != null)
                    .noneMatch(t -> lunch.contains(t.firstCallAt().atZone(s.zone()).toLocalTime()));
            assertThat(day.counters().get(0).open()).isEqualTo(Duration.ofHours(7));
        }
    }

    @Test
    void ticketsStillWaitingAtClosingAreUnservedAndMissTheTarget() {
        Scenario overloaded = TestScenarios.oneService(1, 30, TestScenarios.constant(10), LocalTime.of(10, 0), List.of());
        DayResult day = DaySimulation.run(overloaded, DEADLINE, 1);
        assertThat(day.tickets()).anyMatch(TicketOutcome::unserved);
        assertThat(day.tickets()).filteredOn(TicketOutcome::unserved).noneMatch(TicketOutcome::withinTarget)
                .allMatch(t -> t.wait(day.closeAt()).equals(Duration.between(t.issuedAt(), day.closeAt())));
    }

    @Test
    void withConstantServiceTimesAndOneLineTheEstimateShownAtIssueIsExact() {
        // with FIFO nobody can overtake in a single line without priorities, and every service takes the mean;
        // the floor on a busy counter's remaining time (1 minute by default) is the only rounding, so it is 0
        // here, without the overtake allowance. (DEADLINE is not exact here: when the line is late, a later citizen about to miss the target
        // is called before a late one, and the estimator knows nothing of later citizens.)
        Scenario s = TestScenarios.oneService(2, 10, TestScenarios.constant(10), LocalTime.of(16, 0), List.of());
        SimulationOptions noFloor = new SimulationOptions(PolicyVariant.of(PolicyKind.FIFO), true, Duration.ZERO,
                DEADLINE.alpha(), 0);
        Summary summary = Summary.of("exact", MultiDay.run(s, noFloor, 5));
        assertThat(summary.estimated()).isGreaterThan(300);
        assertThat(summary.estimateMae()).isLessThan(0.01);
    }

    @Test
    void aDayRunsInWellUnderASecond() {
        Scenario busy = TestScenarios.standard("busy-provincial");
        DaySimulation.run(busy, DEADLINE, 1); // warm up the JIT
        long start = System.nanoTime();
        DaySimulation.run(busy, DEADLINE, 2);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }
}
