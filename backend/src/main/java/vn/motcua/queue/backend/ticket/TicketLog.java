package vn.motcua.queue.backend.ticket;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
        Log.infof("center=%s ticket=%s %s %s->%s counter=%s by=%s", centerCode, ticket.number, type,
                from, ticket.status, counterNumber == null ? "-" : counterNumber, actor);
    }
}
