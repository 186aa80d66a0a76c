package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/**
 * Chooses the next ticket for a counter. {@code queues} are the counter's services in work-profile order,
 * each with the counter's weight for it; empty queues may be present. Implementations are stateless.
 */
public interface RefCallingPolicy {

    Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues);

    PolicyKind kind();
}
