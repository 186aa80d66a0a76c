package vn.motcua.queue.simulator.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * Statistics over the tickets of one or more days (pooled, so 20 seeds weigh every citizen equally).
 * Waits are in minutes. {@code maxWait} is the worst over all days, {@code meanDailyMax} the average of each
 * day's worst. Estimate error is estimate minus actual wait to the first call, over tickets that had an
 * estimate and were called: a positive bias means citizens were told a longer wait than they had.
 */
public record Summary(String label, int days, int tickets, double withinTargetPct, double meanWait, double p90Wait,
                      double maxWait, double meanDailyMax, double unservedPerDay, int noShows, int transfers,
                      int estimated, double estimateMae, double estimateBias, double utilisation) {

    public static Summary of(String label, List<DayResult> days) {
        return of(label, days, t -> true, null);
    }

    /** Statistics of the tickets of one service (utilisation: share of open counter time spent on it). */
    public static Summary ofService(List<DayResult> days, String service) {
        return of(service, days, t -> t.service().equals(service), service);
    }

    private static Summary of(String label, List<DayResult> days, Predicate<TicketOutcome> filter, String service) {
        List<Double> waits = new ArrayList<>();
        int within = 0;
        int unserved = 0;
        int noShows = 0;
        int transfers = 0;
        int estimated = 0;
        double absError = 0;
        double error = 0;
        double sumDailyMax = 0;
        long open = 0;
        long busy = 0;
        for (DayResult day : days) {
            double dayMax = 0;
            for (TicketOutcome t : day.tickets()) {
                if (!t.measured() || !filter.test(t)) {
                    continue;
                }
                double wait = minutes(t.wait(day.closeAt()));
                waits.add(wait);
                dayMax = Math.max(dayMax, wait);
                within += t.withinTarget() ? 1 : 0;
                unserved += t.unserved() ? 1 : 0;
                noShows += t.noShow() ? 1 : 0;
                transfers += t.transferred() ? 1 : 0;
                if (t.estimate() != null && !t.unserved()) {
                    double e = minutes(t.estimate()) - wait;
                    estimated++;
                    absError += Math.abs(e);
                    error += e;
                }
            }
            sumDailyMax += dayMax;
            for (CounterUsage c : day.counters()) {
                open += c.open().toMillis();
                busy += service == null ? c.busy().toMillis()
                        : c.busyByService().getOrDefault(service, Duration.ZERO).toMillis();
            }
        }
        Collections.sort(waits);
        int n = waits.size();
        return new Summary(label, days.size(), n, n == 0 ? 100 : 100.0 * within / n,
                n == 0 ? 0 : waits.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                percentile(waits, 0.90), n == 0 ? 0 : waits.get(n - 1),
                days.isEmpty() ? 0 : sumDailyMax / days.size(),
                days.isEmpty() ? 0 : (double) unserved / days.size(), noShows, transfers, estimated,
                estimated == 0 ? 0 : absError / estimated, estimated == 0 ? 0 : error / estimated,
                open == 0 ? 0 : (double) busy / open);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }
}
