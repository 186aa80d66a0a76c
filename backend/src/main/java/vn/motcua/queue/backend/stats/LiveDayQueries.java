package vn.motcua.queue.backend.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * The few indexed queries behind the live view: tickets of today's service day ({@code ticket (center_id,
 * service_day)}), the waiting lines ({@code (center_id, status)}), and today's part of the ticket event and audit
 * logs ({@code (center_id, occurred_at)}). Cheap enough to run on every refresh of every dashboard.
 */
@ApplicationScoped
public class LiveDayQueries {

    /** The tickets waiting in one service now, and since when the first of them has been in its line. */
    public record Line(long waiting, Instant longestSince) {
    }

    /** Tickets issued today for one service that were called, and how many of them within its target. */
    public record Called(long called, long withinTarget) {
    }

    /** Tickets finished at one counter today and their summed service time (last start to finish). */
    public record Served(long served, Duration serviceTime) {
    }

    /** The last print outcome a device reported today. */
    public record LastPrint(boolean failed, String ticketNumber, String error) {
    }

    @Inject
    EntityManager em;

    /** By the service the tickets wait in now. */
    public Map<Long, Line> lines(Long centerId) {
        Map<Long, Line> lines = new HashMap<>();
        for (Object[] r : rows("select t.serviceId, count(t), min(t.queuedAt) from Ticket t where t.centerId = ?1 "
                + "and t.status = ?2 group by t.serviceId", centerId, TicketStatus.WAITING)) {
            lines.put((Long) r[0], new Line(((Number) r[1]).longValue(), (Instant) r[2]));
        }
        return lines;
    }

    /** Finished tickets issued today, by the service they were issued for. */
    public Map<Long, Long> servedByService(Long centerId, LocalDate day) {
        Map<Long, Long> served = new HashMap<>();
        for (Object[] r : rows("select t.numberServiceId, count(t) from Ticket t where t.centerId = ?1 "
                + "and t.serviceDay = ?2 and t.status = ?3 group by t.numberServiceId", centerId, day, TicketStatus.DONE)) {
            served.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return served;
    }

    /**
     * Tickets issued today that were called, by the service they were issued for; the wait is issue to FIRST call
     * (from the event log: a transfer or a rejoin clears the ticket's own call time).
     */
    public Map<Long, Called> calledByService(Long centerId, LocalDate day, Map<Long, Integer> targetMinutes) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : rows("select t.numberServiceId, t.issuedAt, min(e.occurredAt) from Ticket t, TicketEvent e "
                + "where e.ticketId = t.id and t.centerId = ?1 and t.serviceDay = ?2 and e.type = 'called' "
                + "group by t.id, t.numberServiceId, t.issuedAt", centerId, day)) {
            Long service = (Long) r[0];
            long waited = Duration.between((Instant) r[1], (Instant) r[2]).toMillis();
            long[] c = counts.computeIfAbsent(service, k -> new long[2]);
            c[0]++;
            if (waited <= targetMinutes.getOrDefault(service, 0) * 60_000L) {
                c[1]++;
            }
        }
        Map<Long, Called> called = new HashMap<>();
        counts.forEach((service, c) -> called.put(service, new Called(c[0], c[1])));
        return called;
    }

    /** Tickets of today finished at each counter (by counter id). */
    public Map<Long, Served> servedByCounter(Long centerId, LocalDate day) {
        Map<Long, Served> served = new HashMap<>();
        for (Object[] r : rows("select t.counterId, t.startedAt, t.finishedAt from Ticket t where t.centerId = ?1 "
                + "and t.serviceDay = ?2 and t.status = ?3 and t.counterId is not null", centerId, day, TicketStatus.DONE)) {
            Duration took = r[1] == null ? Duration.ZERO : Duration.between((Instant) r[1], (Instant) r[2]);
            served.merge((Long) r[0], new Served(1, took),
                    (a, b) -> new Served(a.served() + b.served(), a.serviceTime().plus(b.serviceTime())));
        }
        return served;
    }

    /**
     * When each counter (by number) last did something since {@code since}: a ticket event at it (call, recall,
     * start, finish, no-show, transfer) or being opened (the audit log's {@code counter.open}).
     */
    public Map<Integer, Instant> lastActivity(Long centerId, Instant since) {
        Map<Integer, Instant> last = new HashMap<>();
        List<Object[]> events = rows("select e.counterNumber, max(e.occurredAt) from TicketEvent e where e.centerId = ?1 "
                + "and e.occurredAt >= ?2 and e.counterNumber is not null group by e.counterNumber", centerId, since);
        List<Object[]> opened = rows("select a.counterNumber, max(a.occurredAt) from AuditEntry a where a.centerId = ?1 "
                + "and a.occurredAt >= ?2 and a.action = 'counter.open' and a.counterNumber is not null "
                + "group by a.counterNumber", centerId, since);
        for (List<Object[]> list : List.of(events, opened)) {
            for (Object[] r : list) {
                last.merge((Integer) r[0], (Instant) r[1], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    /** Each device's last print report since {@code since}, by the event log's actor ({@code device:<code>}). */
    public Map<String, LastPrint> lastPrints(Long centerId, Instant since) {
        Map<String, LastPrint> last = new HashMap<>();
        for (Object[] r : rows("select e.actor, e.type, e.detail, t.number from TicketEvent e, Ticket t "
                + "where t.id = e.ticketId and e.id in (select max(x.id) from TicketEvent x where x.centerId = ?1 "
                + "and x.occurredAt >= ?2 and x.type in ('printed', 'print_failed') group by x.actor)", centerId, since)) {
            last.put((String) r[0], new LastPrint("print_failed".equals(r[1]), (String) r[3], (String) r[2]));
        }
        return last;
    }

    private List<Object[]> rows(String jpql, Object... params) {
        var query = em.createQuery(jpql, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }
}
