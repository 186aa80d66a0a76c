package vn.motcua.queue.core.calling;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The baseline of common open-source systems: the oldest priority ticket of any of the counter's services,
 * else the oldest ticket. Ignores targets, weights and the services' priority modes.
 */
public final class PriorityFifoPolicy implements CallingPolicy {

    private static final Comparator<WaitingTicket> OLDEST = Comparator
            .comparing(WaitingTicket::queuedAt).thenComparing(WaitingTicket::id);

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues) {
        WaitingTicket bestPriority = null;
        WaitingTicket bestAny = null;
        for (ServiceQueue q : queues) {
            for (WaitingTicket t : q.tickets()) {
                if (t.priority().isPriority() && (bestPriority == null || OLDEST.compare(t, bestPriority) < 0)) {
                    bestPriority = t;
                }
                if (bestAny == null || OLDEST.compare(t, bestAny) < 0) {
                    bestAny = t;
                }
            }
        }
        return Optional.ofNullable(bestPriority != null ? bestPriority : bestAny);
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.PRIORITY_FIFO;
    }
}
