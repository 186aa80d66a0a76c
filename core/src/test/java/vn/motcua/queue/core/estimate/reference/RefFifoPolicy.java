package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Serves the service whose longest-waiting ticket has waited longest; ties go to the profile order. */
public final class RefFifoPolicy implements RefCallingPolicy {

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues) {
        RefServiceQueue best = null;
        Duration bestWait = null;
        for (RefServiceQueue q : queues) {
            if (q.isEmpty()) {
                continue;
            }
            Duration wait = q.longestWait(now);
            if (best == null || wait.compareTo(bestWait) > 0) {
                best = q;
                bestWait = wait;
            }
        }
        return best == null ? Optional.empty() : best.head();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.FIFO;
    }
}
