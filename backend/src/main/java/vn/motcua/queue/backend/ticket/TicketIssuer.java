package vn.motcua.queue.backend.ticket;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.device.Caller;
import vn.motcua.queue.backend.event.EventBodies;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.metrics.QueueMetrics;
import vn.motcua.queue.core.numbering.ServiceDay;
import vn.motcua.queue.core.numbering.TicketNumbers;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Issues tickets. The number is taken under a row lock of the service, so concurrent kiosks and backend
 * instances never get the same number; an Idempotency-Key is claimed first (inserted, unique per center and
 * caller), so a repeated request waits for the first one and returns its ticket.
 */
@ApplicationScoped
public class TicketIssuer {

    private static final Pattern VN_PHONE = Pattern.compile("(?:0|\\+?84)([35789]\\d{8})");
    private static final int MAX_KEY_LENGTH = 100;

    @Inject
    EntityManager em;
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
    vn.motcua.queue.backend.security.RateLimits limits;

    /** The ticket; for a new one also its center and service as they were at commit (for the answer). */
    public record Issued(Ticket ticket, boolean created, Center center, Service service) {

        Issued(Ticket ticket) {
            this(ticket, false, null, null);
        }
    }

    public Issued issue(String centerCode, IssueRequest request, String idempotencyKey) {
        String key = normaliseKey(idempotencyKey);
        Caller caller = access.isDevice()
                ? new Caller(Caller.Kind.DEVICE, access.actorName(), access.deviceId())
                : new Caller(Caller.Kind.STAFF, access.actorName(), null);
        try {
            return QuarkusTransaction.requiringNew().call(() -> issueOnce(centerCode, request, caller, key));
        } catch (PersistenceException e) {
            if (key != null && isConstraintViolation(e)) {
                // another request with the same key won the race; answer with its ticket
                Optional<Ticket> first = QuarkusTransaction.requiringNew()
                        .call(() -> findByKey(directory.center(centerCode), caller, key));
                if (first.isPresent()) {
                    return new Issued(first.get());
                }
            }
            throw e;
        }
    }

    private Issued issueOnce(String centerCode, IssueRequest request, Caller caller, String key) {
        // lock order of every change: services (by id), counter, then the center row last, when the event is
        // appended just before commit (see EventLog): the center is held for as short a time as possible
        Center center = directory.center(centerCode);
        access.requireCenter(center);
        UUID id = UUID.randomUUID();
        if (key != null) {
            // claimed first, before any other check: a repeated key fails here on the primary key (or waits for the
            // first request's commit and then fails), and issue() answers with the first request's ticket, whatever
            // the rate limit or the service's state is now; a refusal below rolls the claim back
            em.createNativeQuery("INSERT INTO idempotency_key (center_id, caller, idem_key, ticket_id, created_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, center.id).setParameter(2, caller.idempotencyScope()).setParameter(3, key)
                    .setParameter(4, id).setParameter(5, time.now())
                    .executeUpdate();
        }
        if (caller.kind() == Caller.Kind.DEVICE) {
            long retry = limits.deviceIssue(caller.deviceId());
            if (retry > 0) {
                throw ProblemException.tooManyRequests("This kiosk is issuing tickets too fast; retry in " + retry
                        + " s", retry);
            }
        }
        if (request == null) {
            throw ProblemException.badRequest("Send a JSON body with at least the field 'service'");
        }
        if (request.service() == null || request.service().isBlank()) {
            throw ProblemException.badRequest("Field 'service' is required");
        }
        String phone = normalisePhone(request.phone());
        Service service = directory.serviceLocked(center, request.service());
        Instant now = time.now();
        if (!service.open) {
            throw ProblemException.conflict("Service " + service.code + " (" + service.name + ") is not open now");
        }
        if (!center.isOpenAt(now)) {
            throw ProblemException.conflict("Center " + center.code + " is closed now; opening hours "
                    + center.opensAt + "-" + center.closesAt);
        }
        LocalDate day = ServiceDay.of(now, center.zone());
        int sequence = service.takeNumber(day);
        service.joined();

        Ticket ticket = new Ticket();
        ticket.id = id;
        ticket.centerId = center.id;
        ticket.serviceId = service.id;
        ticket.numberServiceId = service.id;
        ticket.serviceDay = day;
        ticket.number = TicketNumbers.format(service.prefix, sequence);
        ticket.priority = request.priority() == null ? Priority.NONE : request.priority();
        ticket.channel = request.channel() != null ? request.channel()
                : caller.kind() == Caller.Kind.DEVICE ? Channel.KIOSK : Channel.COUNTER;
        ticket.status = TicketStatus.WAITING;
        ticket.issuedAt = now;
        ticket.queuedAt = now;
        ticket.phone = phone;
        ticket.deviceId = caller.deviceId();
        ticket.persist();
        log.append(ticket, center.code, service.code, "issued", null, null, caller.name(), now,
                ticket.priority.isPriority() ? ticket.priority.name() : null);
        events.append(center, "ticket.issued", EventBodies.ticketEvent(ticket, service, null));
        changes.changed(center.id);
        metrics.issued(center.code, service.code);
        return new Issued(ticket, true, center, service);
    }

    private Optional<Ticket> findByKey(Center center, Caller caller, String key) {
        Instant since = time.now().minus(java.time.Duration.ofHours(24));
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT ticket_id FROM idempotency_key "
                        + "WHERE center_id = ?1 AND caller = ?2 AND idem_key = ?3 AND created_at > ?4")
                .setParameter(1, center.id).setParameter(2, caller.idempotencyScope()).setParameter(3, key)
                .setParameter(4, since)
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Object raw = ids.get(0);
        UUID id;
        if (raw instanceof UUID u) {
            id = u;
        } else if (raw instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            id = new UUID(buffer.getLong(), buffer.getLong());
        } else {
            id = UUID.fromString(raw.toString());
        }
        return Ticket.byId(id);
    }

    private static String normaliseKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest("Header 'Idempotency-Key' is longer than " + MAX_KEY_LENGTH);
        }
        return key.trim();
    }

    static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.-]", "");
        var m = VN_PHONE.matcher(digits);
        if (!m.matches()) {
            throw ProblemException.badRequest("Field 'phone' is not a Vietnamese mobile number (e.g. 0912345678)");
        }
        return "0" + m.group(1);
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
