package vn.motcua.queue.backend.stats;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The FROM of a statistics query over a range of a center's local days: {@code ticket_stat} cut down to the
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

    /** {@code ticket_stat} as {@code s}, with the bounds as parameters {@code firstParameter} and the next. */
    static String from(int firstParameter) {
        return "(SELECT * FROM ticket_stat WHERE issued_at >= ?" + firstParameter + " AND issued_at < ?"
                + (firstParameter + 1) + ") s";
    }

    /** Binds the parameters of {@link #from} for the local days {@code first} to {@code last}. */
    static Query bind(Query query, int firstParameter, LocalDate first, LocalDate last) {
        return query.setParameter(firstParameter, utcStart(first.minusDays(1)))
                .setParameter(firstParameter + 1, utcStart(last.plusDays(2)));
    }

    private static Instant utcStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
