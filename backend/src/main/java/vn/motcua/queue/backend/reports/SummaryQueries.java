package vn.motcua.queue.backend.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.common.DateRange;

/**
 * Adds up the tickets of a range in SQL over the {@code ticket_stat} view, per service, counter or clerk.
 * A counter or clerk row holds the tickets it finished, else marked no-show, else (counter only) first
 * called; tickets never called count only for their service and in the total.
 */
@ApplicationScoped
public class SummaryQueries {

    /** The clerk row of called tickets that nobody finished or marked no-show. */
    public static final String UNKNOWN_CLERK = "(không rõ)";

    /**
     * The tickets of a center issued on the range's local days, by instants (the same tickets as
     * {@code issued_day BETWEEN from AND to}).
     */
    static final String IN_RANGE = "s.center_id = ?1 AND s.issued_at >= ?2 AND s.issued_at < ?3";

    /** The attributed counter number of a ticket in {@code ticket_stat s}; null when it was never called. */
    static final String COUNTER_OF_TICKET = "COALESCE(s.served_counter, s.no_show_counter, s.first_called_counter)";
    /** The attributed clerk: '' for a called ticket nobody finished or marked no-show, null if never called. */
    static final String CLERK_OF_TICKET =
            "COALESCE(s.served_by, s.no_show_by, CASE WHEN s.first_called_at IS NOT NULL THEN '' END)";

    private static final String TICKETS = """
            (SELECT s.center_id, s.service_id, s.service_name, s.target_wait_minutes, s.first_called_at,
                    s.finished_at, s.no_shows, s.cancelled,
                    CAST(s.wait_seconds AS DOUBLE PRECISION) AS wait_seconds,
                    CAST(s.service_seconds AS DOUBLE PRECISION) AS service_seconds,
                    %s AS k
             FROM ticket_stat s
             WHERE\s""" + IN_RANGE + ") t ";
    /** The columns of a {@link SummaryRow.Tally}, in order. */
    private static final String TALLY = """
            COUNT(*),
            SUM(CASE WHEN t.finished_at IS NOT NULL THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.first_called_at IS NOT NULL THEN 1 ELSE 0 END),
            SUM(CASE WHEN t.no_shows > 0 THEN 1 ELSE 0 END),
            SUM(t.cancelled),
            AVG(t.wait_seconds),
            PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY t.wait_seconds),
            AVG(t.service_seconds),
            SUM(CASE WHEN t.wait_seconds <= t.target_wait_minutes * 60 THEN 1 ELSE 0 END)
            """;

    @Inject
    EntityManager em;

    public List<SummaryRow> rows(Center center, DateRange range, Grouping by) {
        return switch (by) {
            case SERVICE -> services(center, range);
            case COUNTER -> counters(center, range);
            case CLERK -> clerks(center, range);
        };
    }

    /** In the services' sort order; a service that is gone is named by its code, and comes last. */
    private List<SummaryRow> services(Center center, DateRange range) {
        return grouped(center, range, "s.service_code", "MIN(t.service_name)",
                "LEFT JOIN service x ON x.id = t.service_id", "ORDER BY COALESCE(MIN(x.sort_order), 2147483647), t.k")
                .stream().map(r -> tally(r, 2).row((String) r[0], r[1] == null ? (String) r[0] : (String) r[1]))
                .toList();
    }

    /** By counter number. */
    private List<SummaryRow> counters(Center center, DateRange range) {
        return grouped(center, range, COUNTER_OF_TICKET, "MIN(x.name)",
                "LEFT JOIN counter x ON x.center_id = t.center_id AND x.number = t.k", "ORDER BY t.k")
                .stream().map(r -> {
                    int number = ((Number) r[0]).intValue();
                    return tally(r, 2).row(String.valueOf(number), counterLabel(number, (String) r[1]));
                }).toList();
    }

    /** By display name in Vietnamese alphabetical order (the same in H2 and PostgreSQL), the unknown clerk last. */
    private List<SummaryRow> clerks(Center center, DateRange range) {
        List<Object[]> rows = grouped(center, range, CLERK_OF_TICKET, "MIN(x.full_name)",
                "LEFT JOIN staff_user x ON x.username = t.k", "");
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<SummaryRow> known = new ArrayList<>();
        List<SummaryRow> unknown = new ArrayList<>();
        for (Object[] r : rows) {
            String username = (String) r[0];
            if (username.isEmpty()) {
                unknown.add(tally(r, 2).row(null, UNKNOWN_CLERK));
            } else {
                known.add(tally(r, 2).row(username, clerkLabel(username, (String) r[1])));
            }
        }
        known.sort(Comparator.comparing(SummaryRow::label, vietnamese).thenComparing(SummaryRow::key));
        known.addAll(unknown);
        return known;
    }

    public SummaryRow total(Center center, DateRange range) {
        String sql = "SELECT " + TALLY + " FROM " + TICKETS.formatted("0");
        Object[] r = (Object[]) bind(em.createNativeQuery(sql), center.id, center.zone(), range).getSingleResult();
        return tally(r, 0).row(SummaryRow.TOTAL_KEY, SummaryRow.TOTAL_LABEL);
    }

    /** Rows of [key, label, tally...] for each non-null key, in the given order. */
    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(Center center, DateRange range, String key, String label, String join,
                                   String order) {
        String sql = "SELECT t.k, " + label + ", " + TALLY + " FROM " + TICKETS.formatted(key) + join
                + " WHERE t.k IS NOT NULL GROUP BY t.k " + order;
        return bind(em.createNativeQuery(sql), center.id, center.zone(), range).getResultList();
    }

    /** Binds the parameters of {@link #IN_RANGE}. */
    static Query bind(Query query, long centerId, ZoneId zone, DateRange range) {
        return query.setParameter(1, centerId).setParameter(2, range.start(zone)).setParameter(3, range.end(zone));
    }

    /** A counter's name, or "Quầy số N" when the counter is gone. */
    static String counterLabel(int number, String name) {
        return name == null ? "Quầy số " + number : name;
    }

    /** A clerk's display name, or their username when the account has none (or is gone). */
    static String clerkLabel(String username, String fullName) {
        return fullName == null || fullName.isBlank() ? username : fullName.trim();
    }

    /** The {@link #TALLY} columns from index {@code at} of a result row. */
    private static SummaryRow.Tally tally(Object[] r, int at) {
        return new SummaryRow.Tally(count(r[at]), count(r[at + 1]), count(r[at + 2]), count(r[at + 3]),
                count(r[at + 4]), number(r[at + 5]), number(r[at + 6]), number(r[at + 7]), count(r[at + 8]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
