package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The default policy. Among the counter's services, looking at each service's longest-waiting ticket:
 * <ol>
 *   <li>a ticket that has waited more than {@code cap} x its target goes first (oldest first), so the
 *       tail stays bounded;</li>
 *   <li>otherwise the ticket that can still make its target with the least time to spare;</li>
 *   <li>otherwise (all already late, none past the cap) the oldest.</li>
 * </ol>
 * Ties go to the work-profile order. The ticket called is the chosen service's head (priority rules apply).
 */
public final class DeadlinePolicy implements CallingPolicy {

    private final double cap;

    public DeadlinePolicy(double cap) {
        if (!(cap >= 1.0)) {
            throw new IllegalArgumentException("DEADLINE cap must be at least 1, got " + cap);
        }
        this.cap = cap;
    }

    public double cap() {
        return cap;
    }

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues) {
        ServiceQueue overdue = null;
        Duration overdueWait = null;
        ServiceQueue tightest = null;
        Duration tightestSlack = null;
        ServiceQueue oldest = null;
        Duration oldestWait = null;
        for (ServiceQueue q : queues) {
            if (q.isEmpty()) {
                continue;
            }
            Duration wait = q.longestWait(now);
            Duration target = q.rule().targetWait();
            if (wait.toMillis() > cap * target.toMillis()) {
                if (overdue == null || wait.compareTo(overdueWait) > 0) {
                    overdue = q;
                    overdueWait = wait;
                }
            } else if (wait.compareTo(target) <= 0) {
                Duration slack = target.minus(wait);
                if (tightest == null || slack.compareTo(tightestSlack) < 0) {
                    tightest = q;
                    tightestSlack = slack;
                }
            }
            if (oldest == null || wait.compareTo(oldestWait) > 0) {
                oldest = q;
                oldestWait = wait;
            }
        }
        ServiceQueue chosen = overdue != null ? overdue : tightest != null ? tightest : oldest;
        return chosen == null ? Optional.empty() : chosen.head();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.DEADLINE;
    }
}
