package vn.motcua.queue.simulator.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.staffing.ErlangC;
import vn.motcua.queue.simulator.engine.PolicyVariant;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.Summary;
import vn.motcua.queue.simulator.scenario.CounterGroup;
import vn.motcua.queue.simulator.scenario.RateSegment;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;
import vn.motcua.queue.simulator.scenario.ServiceTimeSpec;

/**
 * The simulator against theory: one service at a constant rate with exponential service times and c counters
 * that never break is exactly Erlang C's M/M/c queue. A long day with the first hours left out (the line
 * starts empty, which flatters the morning) must then give Erlang C's share within the target.
 */
public final class ErlangCheck {

    /** One comparison: the simulated and the theoretical share called within the target, in percent. */
    public record Result(int counters, double perHour, Duration meanService, Duration target, double simulatedPct,
                         double erlangPct, int tickets) {
    }

    private ErlangCheck() {
    }

    public static Scenario scenario(int counters, double perHour, Duration meanService, Duration target,
                                    Duration warmup, LocalTime lastTicket) {
        ServiceSpec service = new ServiceSpec("A", "Erlang C check", target, PriorityMode.STRICT,
                new ServiceTimeSpec(meanService, 1.0, ServiceTimeSpec.Distribution.EXPONENTIAL),
                List.of(RateSegment.of(LocalTime.MIDNIGHT, lastTicket, perHour)), 0, 0, 0, List.of());
        CounterGroup group = new CounterGroup("Q", counters, List.of(new ProfileEntry("A", 1.0)), List.of());
        return new Scenario("erlang-c-" + counters, "M/M/" + counters + " at " + perHour + "/h",
                ZoneId.of("Asia/Ho_Chi_Minh"), LocalDate.of(2025, 3, 3), LocalTime.MIDNIGHT, LocalTime.of(23, 59),
                lastTicket, warmup, Duration.ofMinutes(1), 1, List.of(service), List.of(group));
    }

    /**
     * Runs {@code days} days of 23 hours of arrivals, the first 8 not counted: near Erlang C's 90 % load the
     * line takes hours to reach its steady state from an empty morning (relaxation time about
     * 1 / (c mu (1 - sqrt(rho)))^2 ... = 6-7 hours at 11 counters), and an empty line flatters the result.
     */
    public static Result run(int counters, double perHour, Duration meanService, Duration target, int days) {
        Scenario s = scenario(counters, perHour, meanService, target, Duration.ofHours(8), LocalTime.of(23, 0));
        SimulationOptions options = SimulationOptions.of(PolicyVariant.of(PolicyKind.FIFO)).withoutEstimates();
        Summary summary = Summary.of("sim", MultiDay.run(s, options, days));
        double erlang = 100 * ErlangC.serviceLevel(counters, perHour, meanService, target);
        return new Result(counters, perHour, meanService, target, summary.withinTargetPct(), erlang, summary.tickets());
    }
}
