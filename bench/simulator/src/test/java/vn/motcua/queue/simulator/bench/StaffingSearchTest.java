package vn.motcua.queue.simulator.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.staffing.ErlangC;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.engine.TestScenarios;
import vn.motcua.queue.simulator.scenario.Scenario;

class StaffingSearchTest {

    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    @Test
    void overstaffedLineIsCutToAboutWhatErlangCAdvises() {
        // 30/h of 10 min (5 Erlangs), exponential, no breaks: Erlang C says 7 counters for 95 % within 15 min;
        // a day that starts empty needs at most that, perhaps one fewer
        Scenario s = TestScenarios.oneService(12, 30, TestScenarios.exponential(10), LocalTime.of(16, 0), List.of());
        int erlang = ErlangC.fewestServers(30, Duration.ofMinutes(10), FIFTEEN, 0.95);
        StaffingSearch.Result r = StaffingSearch.search(s, SimulationOptions.defaults(), 10, FIFTEEN, 0.95);
        assertThat(erlang).isEqualTo(7);
        assertThat(r.total()).isBetween(erlang - 1, erlang);
        assertThat(r.sharePct()).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void understaffedLineGetsCountersAddedUntilTheGoalHolds() {
        Scenario s = TestScenarios.oneService(3, 30, TestScenarios.exponential(10), LocalTime.of(16, 0), List.of());
        StaffingSearch.Result r = StaffingSearch.search(s, SimulationOptions.defaults(), 10, FIFTEEN, 0.95);
        assertThat(r.total()).isBetween(6, 7);
        assertThat(StaffingSearch.share(r.staffed(), SimulationOptions.defaults().withoutEstimates(), 10, FIFTEEN))
                .isGreaterThanOrEqualTo(0.95);
        int[] fewer = {r.total() - 1};
        assertThat(StaffingSearch.share(s.withCounterCounts(fewer), SimulationOptions.defaults().withoutEstimates(),
                10, FIFTEEN)).isLessThan(0.95);
    }
}
