package vn.motcua.queue.backend.reports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.backend.ticket.TicketEvent;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Writes a ticket and its event log straight into the database, at exact center-local times, so that a
 * report fixture's waits and service times are known to the second. The event types are those the
 * {@code ticket_stat} view reads (started, finished, cancelled); ReportsThroughTheApiTest checks that tickets
 * handled through the API are counted the same.
 */
public final class TicketHistory {

    private TicketHistory() {
    }

    /** A ticket being described: its events in order, then {@link #save}. */
    public static final class Draft {
        private final String center;
        private final String service;
        private final String number;
        private final ZoneId zone;
        private final List<TicketEvent> events = new ArrayList<>();
        private String phone;

        private Draft(String center, String service, String number, ZoneId zone, LocalDateTime issued) {
            this.center = center;
            this.service = service;
            this.number = number;
            this.zone = zone;
            event("issued", issued, null, "kiosk-1");
        }

        public Draft phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Draft called(LocalDateTime at, int counter, String clerk) {
            return event("called", at, counter, clerk);
        }

        public Draft started(LocalDateTime at, int counter, String clerk) {
            return event("started", at, counter, clerk);
        }

        public Draft finished(LocalDateTime at, int counter, String clerk) {
            return event("finished", at, counter, clerk);
        }

        public Draft noShow(LocalDateTime at, int counter, String clerk) {
            return event("no_show", at, counter, clerk);
        }

        public Draft rejoined(LocalDateTime at, String by) {
            return event("rejoin", at, null, by);
        }

        public Draft transferred(LocalDateTime at, int counter, String clerk) {
            return event("transferred", at, counter, clerk);
        }

        public Draft cancelled(LocalDateTime at, String by) {
            return event("cancelled", at, null, by);
        }

        public Draft expired(LocalDateTime at, int counter) {
            return event("expired", at, counter, "system");
        }

        private Draft event(String type, LocalDateTime at, Integer counter, String actor) {
            TicketEvent e = new TicketEvent();
            e.type = type;
            e.occurredAt = at.atZone(zone).toInstant();
            e.counterNumber = counter;
            e.actor = actor;
            events.add(e);
            return this;
        }

        /** Stores the ticket in its final state and its events; returns its id. */
        public UUID save(TicketStatus status) {
            return store(this, status);
        }
    }

    public static Draft ticket(String center, String service, String number, LocalDateTime issued) {
        return new Draft(center, service, number, ZoneId.of("Asia/Ho_Chi_Minh"), issued);
    }

    private static UUID store(Draft d, TicketStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> insert(d, status));
    }

    private static UUID insert(Draft d, TicketStatus status) {
        Center center = Center.byCode(d.center).orElseThrow();
        Service service = Service.byCode(center.id, d.service).orElseThrow();
        Instant issued = d.events.get(0).occurredAt;
        Ticket t = new Ticket();
        t.id = UUID.randomUUID();
        t.centerId = center.id;
        t.serviceId = service.id;
        t.numberServiceId = service.id;
        t.number = d.number;
        t.serviceDay = issued.atZone(center.zone()).toLocalDate();
        t.priority = Priority.NONE;
        t.channel = Channel.COUNTER;
        t.status = status;
        t.issuedAt = issued;
        t.queuedAt = issued;
        t.phone = d.phone;
        t.persist();
        for (TicketEvent e : d.events) {
            e.ticketId = t.id;
            e.centerId = center.id;
            e.serviceCode = service.code;
            e.persist();
        }
        return t.id;
    }
}
