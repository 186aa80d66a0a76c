package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import vn.motcua.queue.core.ticket.Priority;

/**
 * A ticket as the calling rules see it.
 *
 * @param issuedAt when the citizen took the ticket: waits are measured from here, also after a transfer
 * @param queuedAt its place in the line of its current service (issue time, or transfer time)
 * @param front    true for a transferred ticket, which goes to the front of its new service
 */
public record WaitingTicket(String id, String service, Priority priority, Instant issuedAt, Instant queuedAt,
                            boolean front) {

    public WaitingTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    public static WaitingTicket issued(String id, String service, Priority priority, Instant issuedAt) {
        return new WaitingTicket(id, service, priority, issuedAt, issuedAt, false);
    }

    public Duration waited(Instant now) {
        Duration d = Duration.between(issuedAt, now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
