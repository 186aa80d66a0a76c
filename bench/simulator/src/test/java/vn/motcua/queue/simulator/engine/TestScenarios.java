package vn.motcua.queue.simulator.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.simulator.scenario.CounterGroup;
import vn.motcua.queue.simulator.scenario.RateSegment;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ScenarioLoader;
import vn.motcua.queue.simulator.scenario.ServiceSpec;
import vn.motcua.queue.simulator.scenario.ServiceTimeSpec;
import vn.motcua.queue.simulator.scenario.TimeWindow;

/** Scenarios for tests: the committed standard ones and small hand-built ones. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Scenario standard(String name) {
        try {
            // surefire runs in the module folder, bench/simulator
            return ScenarioLoader.load(Path.of("../scenarios", name + ".yaml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One service "A" from 08:00 to {@code close}, arrivals until then at a constant rate, no breaks. */
    public static Scenario oneService(int counters, double perHour, ServiceTimeSpec serviceTime, LocalTime close,
                                      List<TimeWindow> breaks) {
        ServiceSpec a = new ServiceSpec("A", "A", Duration.ofMinutes(15), PriorityMode.STRICT, serviceTime,
                List.of(RateSegment.of(LocalTime.of(8, 0), close, perHour)), 0, 0, 0, List.of());
        return new Scenario("one-service", "test", ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.of(2025, 3, 3),
                LocalTime.of(8, 0), close, close, Duration.ZERO, Duration.ofMinutes(1), 1, List.of(a),
                List.of(new CounterGroup("Q", counters, List.of(new ProfileEntry("A", 1.0)), breaks)));
    }

    public static ServiceTimeSpec exponential(int minutes) {
        return new ServiceTimeSpec(Duration.ofMinutes(minutes), 1.0, ServiceTimeSpec.Distribution.EXPONENTIAL);
    }

    public static ServiceTimeSpec constant(int minutes) {
        return new ServiceTimeSpec(Duration.ofMinutes(minutes), 0, ServiceTimeSpec.Distribution.CONSTANT);
    }
}
