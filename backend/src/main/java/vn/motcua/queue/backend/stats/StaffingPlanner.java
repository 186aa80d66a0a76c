package vn.motcua.queue.backend.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.DateRange;
import vn.motcua.queue.backend.stats.StaffingView.HourPlan;
import vn.motcua.queue.backend.stats.StaffingView.HourTotal;
import vn.motcua.queue.backend.stats.StaffingView.ServicePlan;
import vn.motcua.queue.core.staffing.ErlangC;

/**
 * Staffing advice for a day: arrivals per service and hour forecast as the mean of the same weekday and hour
 * over those of the last {@value #WEEKS} same weekdays that had tickets, the mean service time from the last
 * {@value #WEEKS} weeks, and the
 * fewest counters (Erlang C) that call {@value #GOAL_PERCENT}% of citizens within the service's target, against the
 * counters planned for the service in every hour. A forecast from fewer than {@value #MIN_WEEKS} weeks is flagged.
 */
@ApplicationScoped
public class StaffingPlanner {

    static final int WEEKS = 8;
    static final int GOAL_PERCENT = 90;
    static final int MIN_WEEKS = 4;

    @Inject
    StatsScope scope;
    @Inject
    EntityManager em;

    @Transactional
    public StaffingView plan(String centerCode, String dateParam) {
        Center center = scope.center(centerCode);
        LocalDate date = dateParam == null || dateParam.isBlank()
                ? scope.today(center).plusDays(1) : DateRange.day(dateParam, "date");
        int weekday = date.getDayOfWeek().getValue();
        LocalDate first = date.minusWeeks(WEEKS);
        LocalDate last = date.minusDays(1);
        int weeksUsed = weeksWithTickets(center.id, date, first, last);
        Map<String, Map<Integer, Long>> arrivals = arrivalsByServiceAndHour(center.id, first, last, weekday);
        Map<String, Double> serviceSeconds = meanServiceSeconds(center.id, first, last);

        List<Service> services = Service.ofCenter(center.id);
        List<Counter> counters = Counter.ofCenter(center.id);
        List<CounterService> profiles = CounterService.ofCounters(counters.stream().map(c -> c.id).toList());
        Map<Long, Double> planned = PlannedCounters.byService(profiles);
        TreeSet<Integer> dataHours = new TreeSet<>();
        for (Service s : services) {
            dataHours.addAll(arrivals.getOrDefault(s.code, Map.of()).keySet());
        }
        List<Integer> hours = CenterHours.with(center, weeksUsed == 0 ? Set.of() : dataHours);

        List<ServicePlan> plans = new ArrayList<>();
        double[] totalArrivals = new double[hours.size()];
        int[] totalNeeded = new int[hours.size()];
        for (Service s : services) {
            double meanSeconds = serviceSeconds.getOrDefault(s.code, s.defaultServiceMinutes * 60);
            Duration meanService = Duration.ofMillis(Math.max(1, Math.round(meanSeconds * 1000)));
            Map<Integer, Long> byHour = arrivals.getOrDefault(s.code, Map.of());
            double servicePlanned = Round.twoDecimals(planned.getOrDefault(s.id, 0.0));
            List<HourPlan> hourPlans = new ArrayList<>();
            for (int i = 0; i < hours.size(); i++) {
                int hour = hours.get(i);
                double forecast = weeksUsed == 0 ? 0 : (double) byHour.getOrDefault(hour, 0L) / weeksUsed;
                int needed = ErlangC.fewestServers(forecast, meanService, Duration.ofMinutes(s.targetWaitMinutes),
                        GOAL_PERCENT / 100.0);
                hourPlans.add(new HourPlan(hour, Round.oneDecimal(forecast), needed, servicePlanned));
                totalArrivals[i] += forecast;
                totalNeeded[i] += needed;
            }
            plans.add(new ServicePlan(s.code, s.name, s.targetWaitMinutes, Round.oneDecimal(meanSeconds / 60),
                    servicePlanned, hourPlans));
        }
        int staffed = PlannedCounters.serving(profiles);
        List<HourTotal> totals = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            totals.add(new HourTotal(hours.get(i), Round.oneDecimal(totalArrivals[i]), totalNeeded[i], staffed));
        }
        return new StaffingView(date, weekday, weeksUsed, MIN_WEEKS, weeksUsed < MIN_WEEKS, GOAL_PERCENT, hours,
                plans, totals);
    }

    /**
     * Of the {@value #WEEKS} same weekdays before {@code date} ({@code date} - 7k, k = 1..8), how many had any ticket
     * in the center: a day the center was closed (a holiday) or before its history began is left out of the mean.
     */
    private int weeksWithTickets(Long centerId, LocalDate date, LocalDate first, LocalDate last) {
        List<?> days = TicketStatNear.select(em, "DISTINCT issued_day", "", centerId, first, last).getResultList();
        Set<LocalDate> sameWeekday = new HashSet<>();
        for (Object d : days) {
            LocalDate day = d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
            if (day.getDayOfWeek() == date.getDayOfWeek()) {
                sameWeekday.add(day);
            }
        }
        return sameWeekday.size();
    }

    /** Service code to hour to tickets issued on {@code weekday} in the range (the same weekday of each week). */
    private Map<String, Map<Integer, Long>> arrivalsByServiceAndHour(Long centerId, LocalDate first, LocalDate last,
                                                                      int weekday) {
        List<?> rows = TicketStatNear.select(em, "service_code, issued_hour, COUNT(*)",
                        "AND issued_weekday = ?6 GROUP BY service_code, issued_hour", centerId, first, last)
                .setParameter(6, weekday).getResultList();
        Map<String, Map<Integer, Long>> arrivals = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            arrivals.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put(((Number) r[1]).intValue(), ((Number) r[2]).longValue());
        }
        return arrivals;
    }

    /** Service code to the mean service time in seconds of the tickets finished in the range. */
    private Map<String, Double> meanServiceSeconds(Long centerId, LocalDate first, LocalDate last) {
        List<?> rows = TicketStatNear.select(em, "service_code, AVG(service_seconds)",
                "AND service_seconds IS NOT NULL GROUP BY service_code", centerId, first, last).getResultList();
        Map<String, Double> means = new HashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            means.put((String) r[0], ((Number) r[1]).doubleValue());
        }
        return means;
    }
}
