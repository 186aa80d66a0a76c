package vn.motcua.queue.backend.clerk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.event.EventBodies;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.metrics.QueueMetrics;
import vn.motcua.queue.backend.security.Access;
import vn.motcua.queue.backend.security.Audit;
import vn.motcua.queue.backend.ticket.CallNext;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.backend.ticket.TicketLog;
import vn.motcua.queue.backend.ticket.TicketWorkflow;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.core.ticket.TicketLifecycle;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * The counter actions the console adds to the ticket API: finish the citizen at the counter and call the next
 * in one transaction, and (supervisors only) call one waiting ticket out of order. Both take the center's row
 * lock first, like every change of a ticket, so they serialise with call next on every backend instance.
 */
@ApplicationScoped
public class ClerkActions {

    /** Finished and called tickets; {@code called} is empty when nobody waits for the counter's services. */
    public record Finished(Ticket finished, Optional<Ticket> called) {
    }

    @Inject
    CenterDirectory directory;
    @Inject
    TicketWorkflow workflow;
    @Inject
    CallNext callNext;
    @Inject
    Access access;
    @Inject
    Audit audit;
    @Inject
    TicketLog log;
    @Inject
    EventLog events;
    @Inject
    CenterChanges changes;
    @Inject
    QueueMetrics metrics;
    @Inject
    TimeSource time;

    /**
     * Finishes the ticket being served at the counter and calls the next, all or nothing. {@code expected} is
     * the ticket the clerk sees on screen: when another session acted first, the request is refused rather than
     * finishing a different citizen.
     */
    @Transactional
    public Finished finishAndNext(String centerCode, int counterNumber, String expected, String actor) {
        Center center = directory.center(centerCode);
        Counter counter = directory.counter(center, counterNumber);
        access.requireCounter(center, counter);
        // both steps take the locks they need; take them all first, in the one order (center, services by id,
        // counter)
        events.lockCenter(center.id);
        Set<Long> serviceIds = new HashSet<>();
        CounterService.ofCounter(counter.id).forEach(p -> serviceIds.add(p.serviceId));
        Ticket.activeAt(counter.id).ifPresent(t -> serviceIds.add(t.serviceId));
        Service.lockAll(serviceIds);
        Counter.lock(counter);
        Optional<Ticket> active = Ticket.activeAt(counter.id);
        if (expected != null && !expected.isBlank()) {
            UUID id = parse(expected);
            if (active.isEmpty() || !active.get().id.equals(id)) {
                Ticket seen = Ticket.<Ticket>findByIdOptional(id).filter(t -> t.centerId.equals(center.id))
                        .orElseThrow(() -> ProblemException.notFound("Unknown ticket " + expected));
                throw ProblemException.conflict("Ticket " + seen.number + " is no longer at counter " + counter.number
                        + " (it is " + seen.status + "); someone else acted on it first");
            }
        }
        Ticket ticket = active.orElseThrow(() -> ProblemException.conflict("Counter " + counter.number
                + " has no citizen being served; call the next ticket instead"));
        if (ticket.status != TicketStatus.SERVING) {
            throw ProblemException.conflict("Ticket " + ticket.number + " is " + ticket.status
                    + ", not being served; start it first or mark it no-show");
        }
        if (counter.status != CounterStatus.OPEN) {
            throw ProblemException.conflict("Counter " + counter.number + " is " + counter.status
                    + "; finish only, or open the counter again to call the next ticket");
        }
        Ticket finished = workflow.act(ticket.id, TicketAction.FINISH, actor);
        return new Finished(finished, callNext.next(centerCode, counterNumber, actor));
    }

    /**
     * A supervisor calls one waiting ticket to a counter out of its turn (a citizen with an appointment, an
     * urgent case). Same event as call next; audited as {@code ticket.call_out_of_order}.
     */
    @Transactional
    public Ticket callOutOfOrder(String centerCode, int counterNumber, String ticketId, String actor) {
        Center center = directory.center(centerCode);
        Counter counter = directory.counter(center, counterNumber);
        access.requireCounter(center, counter);
        Ticket ticket = Ticket.<Ticket>findByIdOptional(parse(ticketId)).filter(t -> t.centerId.equals(center.id))
                .orElseThrow(() -> ProblemException.notFound("Unknown ticket " + ticketId + " in center " + center.code));
        // lock order: the center, the ticket's service (lockServiceOf takes both), the counter
        Service service = workflow.lockServiceOf(ticket);
        CallNext.lockFreeCounter(counter);
        if (ticket.status != TicketStatus.WAITING) {
            throw ProblemException.conflict("Ticket " + ticket.number + " is " + ticket.status
                    + "; only a waiting ticket can be called");
        }
        boolean served = CounterService.ofCounter(counter.id).stream().anyMatch(p -> p.serviceId.equals(service.id));
        if (!served) {
            throw ProblemException.conflict("Counter " + counter.number + " does not serve " + service.code
                    + "; transfer ticket " + ticket.number + " or call it to a counter that does");
        }
        long ahead = Ticket.count("serviceId = ?1 and status = ?2 and (front = true or issuedAt < ?3) and id <> ?4",
                service.id, TicketStatus.WAITING, ticket.issuedAt, ticket.id);
        Instant now = time.now();
        TicketStatus from = ticket.status;
        ticket.status = TicketLifecycle.apply(from, TicketAction.CALL);
        service.left();
        ticket.calledAt = now;
        ticket.counterId = counter.id;
        ticket.front = false;
        String detail = "out of order; " + ahead + " ticket(s) of " + service.code + " were ahead";
        log.append(ticket, center.code, service.code, "called", from, counter.number, actor, now, detail);
        audit.action("ticket.call_out_of_order", center.id, counter.number, ticket.number, detail);
        events.append(center, "ticket.called", EventBodies.callEvent(ticket, service, counter));
        changes.changed(center.id);
        metrics.called(center.code, service.code);
        return ticket;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Unknown ticket " + id);
        }
    }
}
