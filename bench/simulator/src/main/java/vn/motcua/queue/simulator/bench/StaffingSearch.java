package vn.motcua.queue.simulator.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import vn.motcua.queue.simulator.engine.SimulationOptions;
import vn.motcua.queue.simulator.report.DayResult;
import vn.motcua.queue.simulator.report.TicketOutcome;
import vn.motcua.queue.simulator.scenario.Scenario;

/**
 * The fewest counters at which a goal share of citizens (e.g. 95 %) is called within a wait limit (e.g. 15
 * minutes), searched over simulated days. The scenario's counter groups (work profile + breaks) are the
 * building blocks: first add one counter at a time to the group that helps most until the goal is met, then
 * take away one at a time, from the group whose loss hurts least, while the goal still holds. A greedy local
 * search, not a proof of the optimum, but every answer it gives has been checked on every seed.
 */
public final class StaffingSearch {

    /** The answer: counts per counter group (in the scenario's group order) and the share they reached. */
    public record Result(Scenario staffed, int[] counts, double sharePct, int evaluations) {

        public int total() {
            return Arrays.stream(counts).sum();
        }
    }

    private static final int MAX_COUNTERS = 200;

    private StaffingSearch() {
    }

    public static Result search(Scenario scenario, SimulationOptions options, int seeds, Duration limit, double goal) {
        SimulationOptions fast = options.withoutEstimates();
        int[] counts = scenario.counters().stream().mapToInt(g -> g.count()).toArray();
        int evaluations = 0;
        double share = share(scenario.withCounterCounts(counts), fast, seeds, limit);
        evaluations++;
        while (share < goal && Arrays.stream(counts).sum() < MAX_COUNTERS) {
            int best = -1;
            double bestShare = -1;
            for (int g = 0; g < counts.length; g++) {
                counts[g]++;
                double s = share(scenario.withCounterCounts(counts), fast, seeds, limit);
                evaluations++;
                counts[g]--;
                if (s > bestShare) {
                    best = g;
                    bestShare = s;
                }
            }
            counts[best]++;
            share = bestShare;
        }
        boolean removed = true;
        while (removed) {
            removed = false;
            int best = -1;
            double bestShare = -1;
            for (int g = 0; g < counts.length; g++) {
                if (counts[g] == 0 || Arrays.stream(counts).sum() == 1) {
                    continue;
                }
                counts[g]--;
                double s = share(scenario.withCounterCounts(counts), fast, seeds, limit);
                evaluations++;
                counts[g]++;
                if (s >= goal && s > bestShare && servesEveryService(scenario, counts, g)) {
                    best = g;
                    bestShare = s;
                }
            }
            if (best >= 0) {
                counts[best]--;
                share = bestShare;
                removed = true;
            }
        }
        return new Result(scenario.withCounterCounts(counts), counts.clone(), 100 * share, evaluations);
    }

    /** Share of citizens called within {@code limit} (unserved at closing count as over it). */
    static double share(Scenario scenario, SimulationOptions options, int seeds, Duration limit) {
        List<DayResult> days = MultiDay.run(scenario, options, seeds);
        long total = 0;
        long within = 0;
        for (DayResult d : days) {
            for (TicketOutcome t : d.tickets()) {
                if (t.measured()) {
                    total++;
                    within += !t.unserved() && t.wait(d.closeAt()).compareTo(limit) <= 0 ? 1 : 0;
                }
            }
        }
        return total == 0 ? 1.0 : (double) within / total;
    }

    private static boolean servesEveryService(Scenario scenario, int[] counts, int without) {
        counts[without]--;
        try {
            return scenario.services().stream().allMatch(s -> {
                for (int g = 0; g < counts.length; g++) {
                    if (counts[g] > 0 && scenario.counters().get(g).serves(s.code())) {
                        return true;
                    }
                }
                return false;
            });
        } finally {
            counts[without]++;
        }
    }
}
