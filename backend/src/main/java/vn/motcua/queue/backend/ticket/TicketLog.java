package vn.motcua.queue.backend.ticket;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.motcua.queue.core.ticket.TicketStatus;

/** Appends to the ticket event log in the caller's transaction and writes the one INFO line per change. */
@ApplicationScoped
public class TicketLog {

    public void append(Ticket ticket, String centerCode, String serviceCode, String type, TicketStatus from,
                       Integer counterNumber, String actor, Instant at, String detail) {
        TicketEvent event = new TicketEvent();
        event.ticketId = ticket.id;
        event.centerId = ticket.centerId;
        event.serviceCode = serviceCode;
        event.type = type;
        event.fromStatus = from == null ? null : from.name();
        event.toStatus = ticket.status.name();
        event.counterNumber = counterNumber;
        event.actor = actor;
        event.occurredAt = at;
        event.detail = detail;
        event.persist();
        line(ticket, centerCode, type, from, counterNumber, actor);
    }

    /** The same row written on the transaction's connection, for a change made without the ORM (issuing). */
    public void append(Connection connection, Ticket ticket, String centerCode, String serviceCode, String type,
                       TicketStatus from, Integer counterNumber, String actor, Instant at, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_event (ticket_id, center_id, "
                + "service_code, type, from_status, to_status, counter_number, actor, occurred_at, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, ticket.id);
            insert.setLong(2, ticket.centerId);
            insert.setString(3, serviceCode);
            insert.setString(4, type);
            insert.setString(5, from == null ? null : from.name());
            insert.setString(6, ticket.status.name());
            if (counterNumber == null) {
                insert.setNull(7, Types.INTEGER);
            } else {
                insert.setInt(7, counterNumber);
            }
            insert.setString(8, actor);
            insert.setObject(9, at.atOffset(ZoneOffset.UTC));
            insert.setString(10, detail);
            insert.executeUpdate();
        }
        line(ticket, centerCode, type, from, counterNumber, actor);
    }

    private static void line(Ticket ticket, String centerCode, String type, TicketStatus from, Integer counterNumber,
                             String actor) {
        Log.infof("center=%s ticket=%s %s %s->%s counter=%s by=%s", centerCode, ticket.number, type,
                from, ticket.status, counterNumber == null ? "-" : counterNumber, actor);
    }
}
