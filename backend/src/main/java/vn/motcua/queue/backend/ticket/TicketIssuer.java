package vn.motcua.queue.backend.ticket;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.DatabaseKind;
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
    DataSource dataSource;
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
    DatabaseKind database;
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
            return QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return issueOnce(connection, centerCode, request, caller, key);
                } catch (SQLException e) {
                    throw new PersistenceException("Issuing a ticket in center " + centerCode + " failed", e);
                }
            });
        } catch (KeyTaken taken) {
            // another request with the same key came first (this one's transaction is rolled back): answer with
            // its ticket; a claim older than the keys are kept for, and not yet purged, asks for a new key
            Optional<Ticket> first = QuarkusTransaction.requiringNew()
                    .call(() -> findByKey(taken.centerId, caller, key));
            return new Issued(first.orElseThrow(() -> ProblemException.conflict(
                    "Header 'Idempotency-Key' was used more than 24 h ago; send a new key")));
        }
    }

    /** The Idempotency-Key was claimed by an earlier request (which has committed). */
    private static final class KeyTaken extends RuntimeException {

        final long centerId;

        KeyTaken(long centerId) {
            super(null, null, false, false);
            this.centerId = centerId;
        }
    }

    /**
     * One try, on the transaction's connection, without the ORM (see {@link IssueRows}). Lock order of every
     * change: the center row first (see {@link EventLog#lockCenter}), then services (by id), then the counter.
     */
    private Issued issueOnce(Connection connection, String centerCode, IssueRequest request, Caller caller,
                             String key) throws SQLException {
        Center center = IssueRows.center(connection, centerCode)
                .orElseThrow(() -> ProblemException.notFound("Unknown center '" + centerCode + "'"));
        access.requireCenter(center);
        UUID id = UUID.randomUUID();
        // claimed first, before any other check: a repeated key fails here on the primary key (or waits for the
        // first request's commit and then fails), and issue() answers with the first request's ticket, whatever
        // the rate limit or the service's state is now; a refusal below rolls the claim back
        if (key != null && !IssueRows.claimKey(connection, center.id, caller.idempotencyScope(), key, id, time.now())) {
            throw new KeyTaken(center.id);
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
        // after the key's claim (a repeated key waits for the first request's commit holding no other lock) and
        // the checks that need no row
        events.lockCenter(connection, center.id);
        Service service = IssueRows.serviceLocked(connection, database.postgres(), center.id, request.service())
                .orElseThrow(() -> ProblemException.notFound(
                        "Unknown service '" + request.service() + "' in center " + center.code));
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
        IssueRows.saveSeries(connection, service);

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
        IssueRows.insert(connection, ticket);
        log.append(connection, ticket, center.code, service.code, "issued", null, null, caller.name(), now,
                ticket.priority.isPriority() ? ticket.priority.name() : null);
        events.append(connection, center.id, center.zone(), "ticket.issued",
                EventBodies.ticketEvent(ticket, service, null));
        changes.changed(center.id);
        metrics.issued(center.code, service.code);
        return new Issued(ticket, true, center, service);
    }

    private Optional<Ticket> findByKey(long centerId, Caller caller, String key) {
        Instant since = time.now().minus(java.time.Duration.ofHours(24));
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT ticket_id FROM idempotency_key "
                        + "WHERE center_id = ?1 AND caller = ?2 AND idem_key = ?3 AND created_at > ?4")
                .setParameter(1, centerId).setParameter(2, caller.idempotencyScope()).setParameter(3, key)
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
}
