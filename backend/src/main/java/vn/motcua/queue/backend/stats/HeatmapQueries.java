package vn.motcua.queue.backend.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.DateRange;

/**
 * Heatmaps of a center by service or weekday and hour of issue, computed in SQL over {@code ticket_stat}:
 * one GROUP BY gives every cell's arrivals, called tickets, mean and 90th percentile wait and tickets within
 * target; a second counts the days with tickets, for the mean arrivals per day.
 */
@ApplicationScoped
public class HeatmapQueries {

    /** One group of {@code ticket_stat}: a row key and an hour; waits in seconds, null without called tickets. */
    private record Group(String row, int hour, long arrivals, long called, Double avgWait, Double p90Wait,
                         long withinTarget) {
    }

    /** A row of the heatmap: its key, label, target and the days its mean arrivals are taken over. */
    private record Row(String key, String label, Integer target, long days) {
    }

    @Inject
    StatsScope scope;
    @Inject
    EntityManager em;

    @Transactional
    public HeatmapView heatmap(String centerCode, String from, String to, String rowsParam, String metricParam) {
        Center center = scope.center(centerCode);
        DateRange range = scope.range(center, from, to);
        HeatmapRows rowKind = HeatmapRows.parse(rowsParam);
        HeatmapMetric metric = HeatmapMetric.parse(metricParam);

        List<Service> services = Service.ofCenter(center.id);
        Integer target = commonTarget(services);
        List<Group> groups = groups(center.id, range, rowKind);
        Map<Integer, Long> daysByWeekday = daysWithTickets(center.id, range);
        List<Row> rows = rowKind == HeatmapRows.SERVICE
                ? serviceRows(services, groups, target, daysByWeekday.values().stream().mapToLong(Long::longValue).sum())
                : weekdayRows(center, target, daysByWeekday);

        Map<String, Row> byKey = rows.stream().collect(Collectors.toMap(Row::key, Function.identity()));
        Map<String, Group> byCell = new HashMap<>();
        TreeSet<Integer> dataHours = new TreeSet<>();
        for (Group g : groups) {
            if (byKey.containsKey(g.row())) {
                byCell.put(g.row() + "@" + g.hour(), g);
                dataHours.add(g.hour());
            }
        }
        List<Integer> columns = CenterHours.with(center, dataHours);
        List<List<Double>> cells = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        for (Row row : rows) {
            List<Double> cellRow = new ArrayList<>();
            List<Long> countRow = new ArrayList<>();
            for (int hour : columns) {
                Group g = byCell.get(row.key() + "@" + hour);
                cellRow.add(g == null ? null : value(metric, g, row.days()));
                countRow.add(g == null ? 0L : metric == HeatmapMetric.ARRIVALS ? g.arrivals() : g.called());
            }
            cells.add(cellRow);
            counts.add(countRow);
        }
        return new HeatmapView(range.from(), range.to(), rows.stream().map(Row::label).toList(),
                rows.stream().map(Row::key).toList(), columns, cells, counts, metric.key(), metric.unit(), target,
                rows.stream().map(Row::target).toList(), metric.goal(target), metric.higherIsBetter());
    }

    private static Double value(HeatmapMetric metric, Group g, long days) {
        if (metric == HeatmapMetric.ARRIVALS) {
            return g.arrivals() == 0 || days == 0 ? null : Round.oneDecimal((double) g.arrivals() / days);
        }
        if (g.called() == 0) {
            return null;
        }
        return switch (metric) {
            case AVG_WAIT -> Round.oneDecimal(g.avgWait() / 60);
            case P90_WAIT -> Round.oneDecimal(g.p90Wait() / 60);
            case WITHIN_TARGET -> Round.oneDecimal(100.0 * g.withinTarget() / g.called());
            case ARRIVALS -> throw new IllegalStateException();
        };
    }

    private List<Group> groups(Long centerId, DateRange range, HeatmapRows rows) {
        String key = rows.column();
        List<?> result = TicketStatNear.select(em, key + ", issued_hour, COUNT(*), COUNT(first_called_at), "
                        + "AVG(wait_seconds), PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY wait_seconds), "
                        + "SUM(CASE WHEN wait_seconds <= target_wait_minutes * 60 THEN 1 ELSE 0 END)",
                        "GROUP BY " + key + ", issued_hour", centerId, range.from(), range.to())
                .getResultList();
        List<Group> groups = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            String row = r[0] instanceof Number n ? String.valueOf(n.intValue()) : String.valueOf(r[0]);
            groups.add(new Group(row, ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(), decimal(r[4]), decimal(r[5]), ((Number) r[6]).longValue()));
        }
        return groups;
    }

    /** ISO weekday to the number of its dates in range that had any ticket in the center. */
    private Map<Integer, Long> daysWithTickets(Long centerId, DateRange range) {
        List<?> result = TicketStatNear.select(em, "issued_weekday, COUNT(DISTINCT issued_day)",
                "GROUP BY issued_weekday", centerId, range.from(), range.to()).getResultList();
        Map<Integer, Long> days = new HashMap<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            days.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue());
        }
        return days;
    }

    /** The configured services in their order, then any other service code found in the tickets. */
    private static List<Row> serviceRows(List<Service> services, List<Group> groups, Integer target, long days) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Service s : services) {
            rows.put(s.code, new Row(s.code, s.name, s.targetWaitMinutes, days));
        }
        groups.stream().map(Group::row).filter(code -> !rows.containsKey(code)).distinct().sorted()
                .forEach(code -> rows.put(code, new Row(code, code, target, days)));
        return List.copyOf(rows.values());
    }

    /**
     * The center's open days, and any other weekday with tickets in range (it was open then: open days can change),
     * Monday first.
     */
    private static List<Row> weekdayRows(Center center, Integer target, Map<Integer, Long> daysByWeekday) {
        TreeSet<Integer> weekdays = new TreeSet<>(daysByWeekday.keySet());
        center.days().forEach(d -> weekdays.add(d.getValue()));
        return weekdays.stream()
                .map(d -> new Row(String.valueOf(d), HeatmapRows.weekdayName(d), target, daysByWeekday.getOrDefault(d, 0L)))
                .toList();
    }

    /** The centre-wide target: the most common target of the services (the stricter one on a tie). */
    static Integer commonTarget(List<Service> services) {
        Map<Integer, Long> byTarget = services.stream()
                .collect(Collectors.groupingBy(s -> s.targetWaitMinutes, Collectors.counting()));
        return byTarget.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Integer, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
