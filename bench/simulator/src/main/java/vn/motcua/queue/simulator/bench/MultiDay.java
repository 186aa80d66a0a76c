package vn.motcua.queue.simulator.bench;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.queue.simulator.engine.DaySimulation;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.DayResult;
import vn.motcua.queue.simulator.scenario.Scenario;

/** Runs the same scenario on seeds seed, seed+1, ...: every policy meets the same citizens on the same seed. */
public final class MultiDay {

    private MultiDay() {
    }

    public static List<DayResult> run(Scenario scenario, SimulationOptions options, int seeds) {
        List<DayResult> days = new ArrayList<>(seeds);
        for (int i = 0; i < seeds; i++) {
            days.add(DaySimulation.run(scenario, options, scenario.seed() + i));
        }
        return days;
    }
}
