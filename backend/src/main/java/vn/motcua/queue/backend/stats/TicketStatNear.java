package vn.motcua.queue.backend.stats;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A statistics query over a range of a center's local days: {@code ticket_stat} cut down to the
 * tickets issued from the day before the range to the day after it, by the instant of issue. The view keeps
 * that instant as a column of the ticket's 'issued' event (migration V8), so both databases find those events
 * through {@code ix_ticket_event_center_at} and read the other events of those tickets only, where a filter on
 * {@code issued_day} alone, a date computed from the instant, makes them fold the center's whole event log. The
 * query keeps its exact {@code issued_day} filter: the cut, in UTC and a day wider on each side, holds every
 * ticket of the range in any time zone.
 */
final class TicketStatNear {

    private TicketStatNear() {
    }

    /**
     * {@code SELECT <select> FROM ticket_stat WHERE center_id = ?3 AND issued_day BETWEEN ?4 AND ?5 <rest>} over the
     * tickets issued near the days {@code first} to {@code last}, with parameters 1 to 5 bound; {@code rest} (more
     * conditions, a grouping) numbers any parameter of its own from 6.
     */
    static Query select(EntityManager em, String select, String rest, Long centerId, LocalDate first, LocalDate last) {
        return em.createNativeQuery("SELECT " + select
                        + " FROM (SELECT * FROM ticket_stat WHERE issued_at >= ?1 AND issued_at < ?2) s"
                        + " WHERE center_id = ?3 AND issued_day BETWEEN ?4 AND ?5 " + rest)
                .setParameter(1, utcStart(first.minusDays(1))).setParameter(2, utcStart(last.plusDays(2)))
                .setParameter(3, centerId).setParameter(4, first).setParameter(5, last);
    }

    private static Instant utcStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
