package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The baseline of common open-source systems: the oldest priority ticket of any of the counter's services,
 * else the oldest ticket. Ignores targets, weights and the services' priority modes. A transferred ticket
 * still goes first (oldest transfer first): going to the front after a transfer is a rule of the line
 * (ARCHITECTURE.md), not of the policy, and without it the baseline would send a transferred citizen to the
 * back of every line it joins.
 */
public final class RefPriorityFifoPolicy implements RefCallingPolicy {

    private static final Comparator<WaitingTicket> OLDEST = Comparator
            .comparing(WaitingTicket::queuedAt).thenComparing(WaitingTicket::id);

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues) {
        WaitingTicket bestFront = null;
        WaitingTicket bestPriority = null;
        WaitingTicket bestAny = null;
        for (RefServiceQueue q : queues) {
            for (WaitingTicket t : q.tickets()) {
                if (t.front() && (bestFront == null || OLDEST.compare(t, bestFront) < 0)) {
                    bestFront = t;
                }
                if (t.priority().isPriority() && (bestPriority == null || OLDEST.compare(t, bestPriority) < 0)) {
                    bestPriority = t;
                }
                if (bestAny == null || OLDEST.compare(t, bestAny) < 0) {
                    bestAny = t;
                }
            }
        }
        return Optional.ofNullable(bestFront != null ? bestFront : bestPriority != null ? bestPriority : bestAny);
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.PRIORITY_FIFO;
    }
}
