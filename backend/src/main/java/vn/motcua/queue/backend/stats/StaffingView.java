package vn.motcua.queue.backend.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Staffing advice for one day: per service and hour the forecast, the counters needed and the counters planned;
 * {@code fewWeeks} when the forecast rests on fewer than {@code minWeeks} same weekdays. See docs/statistics.md.
 */
public record StaffingView(LocalDate date, int weekday, int weeksUsed, int minWeeks, boolean fewWeeks,
                           int goalPercent, List<Integer> hours, List<ServicePlan> services, List<HourTotal> totals) {

    public record ServicePlan(String code, String name, int targetWaitMinutes, double meanServiceMinutes,
                              double plannedCounters, List<HourPlan> hours) {
    }

    /** {@code countersPlanned}: the service's share of the counters (the same in every hour), as in ServicePlan. */
    public record HourPlan(int hour, double forecastArrivals, int countersNeeded, double countersPlanned) {
    }

    /** {@code countersPlanned}: the counters that serve at least one service, whatever their status today. */
    public record HourTotal(int hour, double forecastArrivals, int countersNeeded, int countersPlanned) {
    }
}
