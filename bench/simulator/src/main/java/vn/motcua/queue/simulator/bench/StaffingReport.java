package vn.motcua.queue.simulator.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.queue.core.staffing.ErlangC;
import vn.motcua.queue.simulator.engine.PolicyVariant;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.TextTable;
import vn.motcua.queue.simulator.scenario.CounterGroup;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;

/**
 * The staffing command: the simulated fewest counters for 95 % within 15 minutes next to Erlang C's advice
 * for the same load, per service with dedicated counters (at the peak rate, and at the day's average rate).
 */
public final class StaffingReport {

    public static final Duration LIMIT = Duration.ofMinutes(15);
    public static final double GOAL = 0.95;

    private StaffingReport() {
    }

    public static String render(List<Scenario> scenarios, PolicyVariant policy, int seeds, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        for (Scenario s : scenarios) {
            StaffingSearch.Result r = StaffingSearch.search(s, SimulationOptions.of(policy), seeds, LIMIT, GOAL);
            sb.append(BenchmarkReport.heading(markdown, String.format(Locale.ROOT,
                    "%s: %d counters now, fewest for 95%% within 15 min with %s: %d (%.1f%% on %d seeds, %d runs)",
                    s.name(), s.counterCount(), policy.label(), r.total(), r.sharePct(), seeds, r.evaluations())));
            TextTable groups = new TextTable("counter group", "serves", "now", "needed");
            for (int g = 0; g < s.counters().size(); g++) {
                CounterGroup group = s.counters().get(g);
                groups.row(group.id(), serves(group), group.count(), r.counts()[g]);
            }
            sb.append(BenchmarkReport.render(groups, markdown));
            TextTable erlang = new TextTable("service", "peak /h", "mean min", "Erlang C at peak", "day avg /h",
                    "Erlang C at avg");
            int atPeak = 0;
            int atAverage = 0;
            for (ServiceSpec service : s.services()) {
                double avg = averageRate(s, service);
                int peak = ErlangC.fewestServers(service.peakRatePerHour(), service.serviceTime().mean(), LIMIT, GOAL);
                int mean = ErlangC.fewestServers(avg, service.serviceTime().mean(), LIMIT, GOAL);
                atPeak += peak;
                atAverage += mean;
                erlang.row(service.code(), service.peakRatePerHour(), service.serviceTime().mean().toSeconds() / 60.0,
                        peak, avg, mean);
            }
            erlang.row("total", "", "", atPeak, "", atAverage);
            sb.append(BenchmarkReport.render(erlang, markdown));
        }
        return sb.toString();
    }

    private static double averageRate(Scenario s, ServiceSpec service) {
        double hours = Duration.between(s.open(), s.lastTicket()).toMillis() / 3_600_000.0;
        return service.expectedArrivals() / hours;
    }

    private static String serves(CounterGroup g) {
        return g.profile().stream().map(e -> e.service()).collect(Collectors.joining(" > "));
    }
}
