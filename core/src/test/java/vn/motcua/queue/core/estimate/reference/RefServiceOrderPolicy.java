package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Serves the first service of the counter's work profile that has tickets. */
public final class RefServiceOrderPolicy implements RefCallingPolicy {

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues) {
        for (RefServiceQueue q : queues) {
            if (!q.isEmpty()) {
                return q.head();
            }
        }
        return Optional.empty();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.SERVICE_ORDER;
    }
}
