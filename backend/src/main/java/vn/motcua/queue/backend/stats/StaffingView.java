package vn.motcua.queue.backend.stats;

import java.time.LocalDate;
import java.util.List;

/** Staffing advice for one day: per service and hour the forecast and the counters needed; see docs/statistics.md. */
public record StaffingView(LocalDate date, int weekday, int weeksUsed, int goalPercent, List<Integer> hours,
                           List<ServicePlan> services, List<HourTotal> totals) {

    public record ServicePlan(String code, String name, int targetWaitMinutes, double meanServiceMinutes,
                              double plannedCounters, List<HourPlan> hours) {
    }

    public record HourPlan(int hour, double forecastArrivals, int countersNeeded) {
    }

    public record HourTotal(int hour, double forecastArrivals, int countersNeeded, int countersPlanned) {
    }
}
