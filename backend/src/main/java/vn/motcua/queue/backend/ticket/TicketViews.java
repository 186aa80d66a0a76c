package vn.motcua.queue.backend.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.estimate.WaitEstimates;
import vn.motcua.queue.core.ticket.TicketStatus;

/** Turns tickets into {@link TicketView}s, with position and estimated wait for waiting tickets. */
@ApplicationScoped
public class TicketViews {

    @Inject
    WaitEstimates estimates;

    public TicketView of(Ticket ticket) {
        return list(List.of(ticket)).get(0);
    }

    /**
     * The answer to an issue request. A new ticket is the last of its line, so the people ahead of it are the
     * others waiting, as the issuer counted them under the service's lock: no query.
     */
    public TicketView of(TicketIssuer.Issued issued) {
        if (!issued.created()) {
            return of(issued.ticket());
        }
        Ticket t = issued.ticket();
        Center c = issued.center();
        return view(t, c, issued.service(), null, Math.max(0, issued.service().waitingCount - 1),
                WaitEstimates.minutes(estimates.of(c.id).forTicket(t)), false);
    }

    /** Staff lists also show the phone number, masked. */
    public List<TicketView> listForStaff(List<Ticket> tickets) {
        return build(tickets, true);
    }

    public List<TicketView> list(List<Ticket> tickets) {
        return build(tickets, false);
    }

    private List<TicketView> build(List<Ticket> tickets, boolean staff) {
        Map<Long, Center> centers = new HashMap<>();
        Map<Long, Service> services = new HashMap<>();
        Map<Long, Counter> counters = new HashMap<>();
        Map<Long, WaitEstimates.Estimates> est = new HashMap<>();
        return tickets.stream().map(t -> {
            Center c = centers.computeIfAbsent(t.centerId, id -> Center.findById(id));
            Service s = services.computeIfAbsent(t.serviceId, id -> Service.findById(id));
            Counter k = t.counterId == null ? null : counters.computeIfAbsent(t.counterId, id -> Counter.findById(id));
            Integer position = null;
            Integer wait = null;
            if (t.status == TicketStatus.WAITING) {
                position = (int) peopleAhead(t);
                wait = WaitEstimates.minutes(est.computeIfAbsent(c.id, estimates::of).forTicket(t));
            }
            return view(t, c, s, k, position, wait, staff);
        }).toList();
    }

    private static TicketView view(Ticket t, Center c, Service s, Counter k, Integer position, Integer wait,
                                   boolean staff) {
        ZoneId zone = c.zone();
        return new TicketView(t.id, c.code, t.number, s.code, s.name, t.priority, t.channel, t.status,
                at(t.issuedAt, zone), at(t.calledAt, zone), at(t.startedAt, zone), at(t.finishedAt, zone),
                k == null ? null : k.number, t.recalls, position, wait,
                staff ? vn.motcua.queue.backend.security.PersonalData.maskPhone(t.phone) : null);
    }

    /** Waiting tickets ahead of this one in its service's line (transferred tickets first, then by time). */
    static long peopleAhead(Ticket t) {
        if (t.front) {
            return Ticket.count("serviceId = ?1 and status = ?2 and front = true and queuedAt < ?3",
                    t.serviceId, TicketStatus.WAITING, t.queuedAt);
        }
        return Ticket.count("serviceId = ?1 and status = ?2 and (front = true or queuedAt < ?3)",
                t.serviceId, TicketStatus.WAITING, t.queuedAt);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
