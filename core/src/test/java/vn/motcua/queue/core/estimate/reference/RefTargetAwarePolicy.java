package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Serves the service with the highest (longest wait / target) x weight; ties go to the profile order. */
public final class RefTargetAwarePolicy implements RefCallingPolicy {

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues) {
        RefServiceQueue best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (RefServiceQueue q : queues) {
            if (q.isEmpty()) {
                continue;
            }
            double score = (double) q.longestWait(now).toMillis() / q.rule().targetWait().toMillis() * q.weight();
            if (best == null || score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : best.head();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.TARGET_AWARE;
    }
}
