package vn.motcua.queue.simulator.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.simulator.engine.PolicyVariant;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.Summary;
import vn.motcua.queue.simulator.report.TextTable;
import vn.motcua.queue.simulator.scenario.Scenario;

/**
 * The compare command: every calling policy on the same seeds per scenario, the DEADLINE cap trade-off, what
 * each of DEADLINE's other parameters adds, and the Erlang C agreement check.
 */
public final class BenchmarkReport {

    public static final int ERLANG_DAYS = 200;

    public static final double[] CAPS = {1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

    private BenchmarkReport() {
    }

    public static List<PolicyVariant> standardPolicies() {
        List<PolicyVariant> list = new ArrayList<>();
        list.add(PolicyVariant.of(PolicyKind.FIFO));
        list.add(PolicyVariant.of(PolicyKind.SERVICE_ORDER));
        list.add(PolicyVariant.of(PolicyKind.TARGET_AWARE));
        list.add(PolicyVariant.of(PolicyKind.DEADLINE));
        list.add(PolicyVariant.of(PolicyKind.PRIORITY_FIFO));
        return list;
    }

    public static List<Summary> comparePolicies(Scenario scenario, List<PolicyVariant> variants, int seeds) {
        List<Summary> out = new ArrayList<>();
        for (PolicyVariant v : variants) {
            out.add(Summary.of(v.label(), MultiDay.run(scenario, SimulationOptions.of(v), seeds)));
        }
        return out;
    }

    public static String render(List<Scenario> scenarios, int seeds, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        for (Scenario s : scenarios) {
            sb.append(heading(markdown, s.name() + " - " + s.description() + " (" + seeds + " seeds from "
                    + s.seed() + ")"));
            List<Summary> policies = comparePolicies(s, standardPolicies(), seeds);
            sb.append(render(table(policies), markdown));
            Summary fifo = policies.get(0);
            Summary deadline = policies.get(3);
            sb.append(String.format(java.util.Locale.ROOT,
                    "DEADLINE - FIFO: %+.1f points within target, max wait %.1f vs %.1f min, mean daily max %.1f vs %.1f"
                            + " min%n%n",
                    deadline.withinTargetPct() - fifo.withinTargetPct(), deadline.maxWait(), fifo.maxWait(),
                    deadline.meanDailyMax(), fifo.meanDailyMax()));
            List<PolicyVariant> caps = new ArrayList<>();
            for (double cap : CAPS) {
                caps.add(PolicyVariant.deadline(cap));
            }
            sb.append(heading(markdown, s.name() + ": DEADLINE cap trade-off"));
            sb.append(render(table(comparePolicies(s, caps, seeds)), markdown));
            sb.append(heading(markdown, s.name() + ": DEADLINE horizon (h) and service-time weight (w) at cap "
                    + CallingPolicies.DEFAULT_CAP));
            sb.append(render(table(comparePolicies(s, PolicyVariant.deadlineParameters(), seeds)), markdown))
                    .append('\n');
        }
        sb.append(heading(markdown, "Erlang C agreement: one service, 60 citizens/h, exponential 10 min, target 15 min, "
                + ERLANG_DAYS + " days of 15 measured hours"));
        TextTable check = new TextTable("counters", "simulated % within", "Erlang C %", "difference", "tickets");
        for (int c : new int[] {11, 12, 13}) {
            // near 90 % load single days vary a lot: 200 long days pin the share down to about a point
            ErlangCheck.Result r = ErlangCheck.run(c, 60, Duration.ofMinutes(10), Duration.ofMinutes(15), ERLANG_DAYS);
            check.row(c, r.simulatedPct(), r.erlangPct(), r.simulatedPct() - r.erlangPct(), r.tickets());
        }
        sb.append(render(check, markdown));
        return sb.toString();
    }

    static TextTable table(List<Summary> rows) {
        TextTable t = new TextTable("policy", "% within target", "mean wait", "p90 wait", "max wait",
                "mean daily max", "unserved/day", "est. MAE", "est. bias", "tickets");
        for (Summary s : rows) {
            t.row(s.label(), s.withinTargetPct(), s.meanWait(), s.p90Wait(), s.maxWait(), s.meanDailyMax(),
                    s.unservedPerDay(), s.estimateMae(), s.estimateBias(), s.tickets());
        }
        return t;
    }

    static String heading(boolean markdown, String text) {
        return markdown ? "### " + text + "\n\n" : text + "\n";
    }

    static String render(TextTable t, boolean markdown) {
        return (markdown ? t.markdown() : t.render()) + "\n";
    }
}
