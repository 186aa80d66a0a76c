package vn.motcua.queue.backend.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Writes closed tickets of the past and their event log rows (issued, called, started, finished, no_show,
 * cancelled: what the {@code ticket_stat} view reads) with multi-row inserts, in the caller's transaction.
 * Clerk events are by {@code clerk<counter number>}, cancels by {@code supervisor}.
 */
@ApplicationScoped
public class HistoryWriter {

    /** Who issued the tickets: a kiosk of the center (its code and id) or, without one, just a name. */
    public record Issuer(String actor, Long deviceId) {
    }

    private static final String TICKET = "INSERT INTO ticket (id, center_id, service_id, number, service_day, "
            + "number_service_id, priority, channel, status, issued_at, queued_at, called_at, started_at, "
            + "finished_at, counter_id, recalls, front, device_id, version)";
    private static final int[] TICKET_TYPES = {Types.OTHER, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.DATE,
        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
        Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.INTEGER, Types.BOOLEAN, Types.BIGINT, Types.BIGINT};
    private static final String EVENT = "INSERT INTO ticket_event (ticket_id, center_id, service_code, type, "
            + "from_status, to_status, counter_number, actor, occurred_at, detail)";
    private static final int[] EVENT_TYPES = {Types.OTHER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR};
    private static final int ROWS_PER_INSERT = 100;

    @Inject
    EntityManager em;

    public void write(long centerId, Issuer issuer, List<HistoryTicket> tickets) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> insert(connection, centerId, issuer, tickets));
    }

    private static void insert(Connection connection, long centerId, Issuer issuer, List<HistoryTicket> tickets)
            throws SQLException {
        try (RowInserter ticketRows = new RowInserter(connection, TICKET, TICKET_TYPES, ROWS_PER_INSERT);
             RowInserter eventRows = new RowInserter(connection, EVENT, EVENT_TYPES, 4 * ROWS_PER_INSERT)) {
            for (HistoryTicket t : tickets) {
                ticketRows.add(t.id(), centerId, t.serviceId(), t.number(), t.day(), t.serviceId(),
                        t.priority().name(), Channel.KIOSK.name(), t.status().name(), time(t.issuedAt()),
                        time(t.issuedAt()), time(t.calledAt()), time(t.startedAt()), time(t.finishedAt()),
                        t.counterId(), 0, false, issuer.deviceId(), 0L);
            }
            // every ticket is in before its events refer to it
            ticketRows.flush();
            for (HistoryTicket t : tickets) {
                events(eventRows, centerId, issuer, t);
            }
            eventRows.flush();
        }
    }

    private static void events(RowInserter rows, long centerId, Issuer issuer, HistoryTicket t) throws SQLException {
        rows.add(t.id(), centerId, t.serviceCode(), "issued", null, TicketStatus.WAITING.name(), null, issuer.actor(),
                time(t.issuedAt()), t.priority().isPriority() ? t.priority().name() : null);
        if (t.status() == TicketStatus.CANCELLED) {
            event(rows, centerId, t, "cancelled", TicketStatus.WAITING, TicketStatus.CANCELLED, "supervisor",
                    t.finishedAt());
            return;
        }
        String clerk = "clerk" + t.counterNumber();
        event(rows, centerId, t, "called", TicketStatus.WAITING, TicketStatus.CALLED, clerk, t.calledAt());
        if (t.status() == TicketStatus.NO_SHOW) {
            event(rows, centerId, t, "no_show", TicketStatus.CALLED, TicketStatus.NO_SHOW, clerk, t.finishedAt());
            return;
        }
        event(rows, centerId, t, "started", TicketStatus.CALLED, TicketStatus.SERVING, clerk, t.startedAt());
        event(rows, centerId, t, "finished", TicketStatus.SERVING, TicketStatus.DONE, clerk, t.finishedAt());
    }

    /** An event of a called ticket at its counter ({@code cancelled}: of a waiting one, at no counter). */
    private static void event(RowInserter rows, long centerId, HistoryTicket t, String type, TicketStatus from,
                              TicketStatus to, String actor, Instant at) throws SQLException {
        Integer counter = type.equals("cancelled") ? null : t.counterNumber();
        rows.add(t.id(), centerId, t.serviceCode(), type, from.name(), to.name(), counter, actor, time(at), null);
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
