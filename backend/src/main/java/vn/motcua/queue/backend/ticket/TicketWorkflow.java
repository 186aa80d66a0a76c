package vn.motcua.queue.backend.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.event.EventBodies;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.metrics.QueueMetrics;
import vn.motcua.queue.core.estimate.ServiceTimeAverage;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.core.ticket.TicketLifecycle;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Everything that happens to an issued ticket: recall, start, finish, no-show, rejoin, cancel, transfer
 * and the print outcome. Concurrent actions on one ticket are caught by its version column (409).
 */
@ApplicationScoped
public class TicketWorkflow {

    @Inject
    CenterDirectory directory;
    @Inject
    TimeSource time;
    @Inject
    TicketLog log;
    @Inject
    CenterChanges changes;
    @Inject
    QueueMetrics metrics;
    @Inject
    EventLog events;
    @Inject
    vn.motcua.queue.backend.security.Access access;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;

    @Transactional
    public Ticket act(UUID ticketId, TicketAction action, String actor) {
        Ticket ticket = find(ticketId);
        Service service = lockServiceOf(ticket);
        Center center = Center.findById(ticket.centerId);
        TicketStatus from = ticket.status;
        Instant now = time.now();
        if (action == TicketAction.REJOIN && from == TicketStatus.NO_SHOW && ticket.finishedAt != null
                && Duration.between(ticket.finishedAt, now).toMinutes() >= center.rejoinMinutes) {
            throw ProblemException.conflict("Ticket " + ticket.number + " was marked no-show more than "
                    + center.rejoinMinutes + " minutes ago and cannot rejoin; take a new ticket");
        }
        Counter counter = ticket.counterId == null ? null : Counter.findById(ticket.counterId);
        access.requireTicketAction(center, ticket, counter, action);
        ticket.status = TicketLifecycle.apply(from, action);
        Integer counterNumber = counter == null ? null : counter.number;
        switch (action) {
            case RECALL -> ticket.recalls++;
            case START -> ticket.startedAt = now;
            case FINISH -> {
                ticket.finishedAt = now;
                Duration served = Duration.between(ticket.startedAt, now);
                Duration mean = Duration.ofMillis(Math.round(service.meanServiceSeconds * 1000));
                service.meanServiceSeconds = ServiceTimeAverage.update(mean, served,
                        ServiceTimeAverage.DEFAULT_ALPHA).toMillis() / 1000.0;
            }
            case NO_SHOW -> ticket.finishedAt = now;
            case CANCEL -> {
                ticket.finishedAt = now;
                service.left();
            }
            case REJOIN -> {
                service.joined();
                // back in line at its original place; the counter that called it is free again
                ticket.queuedAt = ticket.issuedAt;
                ticket.counterId = null;
                ticket.calledAt = null;
                ticket.finishedAt = null;
            }
            default -> throw new IllegalArgumentException("use callNext/transfer for " + action);
        }
        String type = action.pathName().replace('-', '_');
        // the log and the event stream name what happened alike: started, finished, no_show, ...
        String happened = switch (action) {
            case RECALL -> "recalled";
            case START -> "started";
            case FINISH -> "finished";
            case CANCEL -> "cancelled";
            case REJOIN -> "rejoined";
            default -> type;
        };
        log.append(ticket, center.code, service.code, happened, from, counterNumber, actor, now, null);
        String eventType = "ticket." + happened;
        audit.action("ticket." + type, center.id, counterNumber, ticket.number, from + " -> " + ticket.status);
        events.append(center, eventType, action == TicketAction.RECALL
                ? EventBodies.callEvent(ticket, service, counter)
                : EventBodies.ticketEvent(ticket, service, counter));
        changes.changed(center.id);
        return ticket;
    }

    /** Moves a called or served ticket to another service's line, at its front; it keeps its number. */
    @Transactional
    public Ticket transfer(UUID ticketId, String serviceCode, String actor) {
        Ticket ticket = find(ticketId);
        Center center = Center.findById(ticket.centerId);
        Counter counter = ticket.counterId == null ? null : Counter.findById(ticket.counterId);
        access.requireTicketAction(center, ticket, counter, TicketAction.TRANSFER);
        if (serviceCode == null || serviceCode.isBlank()) {
            throw ProblemException.badRequest("Field 'service' is required");
        }
        Service target = directory.service(center, serviceCode);
        Service current = lockServicesOf(ticket, target.id);
        counter = ticket.counterId == null ? null : Counter.findById(ticket.counterId);
        access.requireTicketAction(center, ticket, counter, TicketAction.TRANSFER);
        if (target.id.equals(current.id)) {
            throw ProblemException.conflict("Ticket " + ticket.number + " is already in service " + target.code);
        }
        TicketStatus from = ticket.status;
        ticket.status = TicketLifecycle.apply(from, TicketAction.TRANSFER);
        Instant now = time.now();
        ticket.serviceId = target.id;
        target.joined();
        ticket.front = true;
        ticket.queuedAt = now;
        ticket.counterId = null;
        ticket.calledAt = null;
        ticket.startedAt = null;
        log.append(ticket, center.code, target.code, "transferred", from, counter == null ? null : counter.number,
                actor, now, "from " + current.code);
        var body = EventBodies.ticketEvent(ticket, target, counter);
        body.put("fromService", current.code);
        body.put("services", java.util.List.of(EventBodies.waiting(current), EventBodies.waiting(target)));
        audit.action("ticket.transfer", center.id, counter == null ? null : counter.number, ticket.number,
                current.code + " -> " + target.code);
        events.append(center, "ticket.transferred", body);
        changes.changed(center.id);
        return ticket;
    }

    /** The issuing kiosk reports whether the paper ticket came out. */
    @Transactional
    public Ticket printed(UUID ticketId, Boolean ok, String error, Long deviceId, String actor) {
        Ticket ticket = find(ticketId);
        access.requireCenter(Center.findById(ticket.centerId));
        if (ok == null) {
            throw ProblemException.badRequest("Field 'ok' (true or false) is required");
        }
        if (deviceId != null && ticket.deviceId != null && !deviceId.equals(ticket.deviceId)) {
            throw ProblemException.forbidden("Only the kiosk that issued ticket " + ticket.number
                    + " may report its printing");
        }
        if (!ok && (error == null || error.isBlank())) {
            error = "unknown";
        }
        ticket.printStatus = ok ? "PRINTED" : "FAILED";
        ticket.printError = ok ? null : truncate(error, 300);
        Center center = Center.findById(ticket.centerId);
        Service service = Service.findById(ticket.serviceId);
        log.append(ticket, center.code, service.code, ok ? "printed" : "print_failed", ticket.status, null, actor,
                time.now(), ticket.printError);
        if (!ok) {
            metrics.printFailed(center.code);
        }
        return ticket;
    }

    /**
     * Locks the ticket's center's row, then the row of the ticket's service (the first locks of a ticket's change,
     * see {@link EventLog#lockCenter}), and reads the ticket again under them. A concurrent transfer may have moved
     * the ticket meanwhile: then the lock of its new service is taken.
     */
    public Service lockServiceOf(Ticket ticket) {
        return lockServicesOf(ticket, null);
    }

    /** As {@link #lockServiceOf}, also locking {@code otherServiceId} (in id order); returns the ticket's service. */
    private Service lockServicesOf(Ticket ticket, Long otherServiceId) {
        events.lockCenter(ticket.centerId); // a ticket never moves between centers
        for (int attempt = 0; ; attempt++) {
            Long serviceId = ticket.serviceId;
            List<Long> ids = otherServiceId == null || otherServiceId.equals(serviceId)
                    ? List.of(serviceId) : List.of(serviceId, otherServiceId);
            List<Service> locked = Service.lockAll(ids);
            Ticket.getEntityManager().refresh(ticket);
            if (ticket.serviceId.equals(serviceId)) {
                return locked.stream().filter(s -> s.id.equals(serviceId)).findFirst().orElseThrow();
            }
            if (attempt == 3) {
                throw ProblemException.conflict("Ticket " + ticket.number + " is being moved between services; retry");
            }
        }
    }

    public Ticket find(UUID ticketId) {
        return Ticket.byId(ticketId).orElseThrow(() -> ProblemException.notFound("Unknown ticket " + ticketId));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
