package vn.motcua.queue.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;

/** The simulate command's output: per service and overall, as a text table or JSON. */
public final class Reports {

    private static final String[] HEADER = {"service", "tickets", "% within", "mean", "p90", "max",
        "unserved/day", "no-shows", "transfers", "est. MAE", "est. bias", "utilisation %"};

    private Reports() {
    }

    public static List<Summary> summaries(Scenario scenario, List<DayResult> days) {
        List<Summary> out = new ArrayList<>();
        for (ServiceSpec s : scenario.services()) {
            out.add(Summary.ofService(days, s.code()));
        }
        out.add(Summary.of("all", days));
        return out;
    }

    public static String text(Scenario scenario, String policy, List<DayResult> days) {
        TextTable table = new TextTable(HEADER);
        for (Summary s : summaries(scenario, days)) {
            table.row(s.label(), s.tickets(), s.withinTargetPct(), s.meanWait(), s.p90Wait(), s.maxWait(),
                    s.unservedPerDay(), s.noShows(), s.transfers(), s.estimateMae(), s.estimateBias(),
                    100 * s.utilisation());
        }
        return scenario.name() + " - " + scenario.description() + "\npolicy " + policy + ", " + days.size()
                + " day(s) from seed " + scenario.seed() + "; waits in minutes, estimate error = shown - actual\n\n"
                + table.render();
    }

    public static String json(Scenario scenario, String policy, List<DayResult> days) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario.name());
        root.put("policy", policy);
        root.put("days", days.size());
        root.put("firstSeed", scenario.seed());
        List<Object> rows = new ArrayList<>();
        for (Summary s : summaries(scenario, days)) {
            rows.add(toMap(s));
        }
        root.put("services", rows);
        return Json.write(root);
    }

    public static Map<String, Object> toMap(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("tickets", s.tickets());
        m.put("withinTargetPct", s.withinTargetPct());
        m.put("meanWaitMinutes", s.meanWait());
        m.put("p90WaitMinutes", s.p90Wait());
        m.put("maxWaitMinutes", s.maxWait());
        m.put("meanDailyMaxWaitMinutes", s.meanDailyMax());
        m.put("unservedPerDay", s.unservedPerDay());
        m.put("noShows", s.noShows());
        m.put("transfers", s.transfers());
        m.put("estimated", s.estimated());
        m.put("estimateMaeMinutes", s.estimateMae());
        m.put("estimateBiasMinutes", s.estimateBias());
        m.put("utilisation", s.utilisation());
        return m;
    }
}
