package vn.motcua.queue.core.calling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Serves the first service of the counter's work profile that has tickets. */
public final class ServiceOrderPolicy implements CallingPolicy {

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues) {
        for (ServiceQueue q : queues) {
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
