package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A DEADLINE variant that looks past the head of each line (found with the day simulator; see
 * docs/simulator-benchmarks.md). When counters fall behind, calling a ticket that is already late saves nobody,
 * while a ticket behind it may still make its target; so:
 * <ol>
 *   <li>a ticket that has waited more than {@code cap} x its target: its service's head goes first (longest
 *       wait first), exactly as in {@link DeadlinePolicy}, which bounds the tail;</li>
 *   <li>a head that the line's own rules put first (a transferred ticket, or a priority ticket by the
 *       service's priority mode) goes next, longest wait first: triage never overrides those rights;</li>
 *   <li>otherwise the ticket, anywhere in the lines, that can still make its target with the least time to
 *       spare, even if late tickets of its service are ahead of it;</li>
 *   <li>otherwise (everyone late, nobody past the cap) the oldest head.</li>
 * </ol>
 * The price: numbers of one service are called out of order when the center is behind. Reports
 * {@link PolicyKind#DEADLINE} as its kind, since it is that policy with the same cap, looking deeper.
 */
public final class TriagePolicy implements CallingPolicy {

    private final double cap;

    public TriagePolicy(double cap) {
        if (!(cap >= 1.0)) {
            throw new IllegalArgumentException("triage cap must be at least 1, got " + cap);
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
        WaitingTicket entitled = null;
        WaitingTicket savable = null;
        Duration savableSlack = null;
        ServiceQueue oldest = null;
        Duration oldestWait = null;
        for (ServiceQueue q : queues) {
            if (q.isEmpty()) {
                continue;
            }
            Duration target = q.rule().targetWait();
            Duration wait = q.longestWait(now);
            if (wait.toMillis() > cap * target.toMillis() && (overdue == null || wait.compareTo(overdueWait) > 0)) {
                overdue = q;
                overdueWait = wait;
            }
            WaitingTicket head = q.head().orElseThrow();
            if ((head.front() || head.priority().isPriority())
                    && (entitled == null || head.waited(now).compareTo(entitled.waited(now)) > 0)) {
                entitled = head;
            }
            // the first ticket in line order that can still make the target has the least slack of its line
            for (WaitingTicket t : q.tickets()) {
                Duration slack = target.minus(t.waited(now));
                if (!slack.isNegative()) {
                    if (savable == null || slack.compareTo(savableSlack) < 0) {
                        savable = t;
                        savableSlack = slack;
                    }
                    break;
                }
            }
            if (oldest == null || wait.compareTo(oldestWait) > 0) {
                oldest = q;
                oldestWait = wait;
            }
        }
        if (overdue != null) {
            return overdue.head();
        }
        if (entitled != null) {
            return Optional.of(entitled);
        }
        if (savable != null) {
            return Optional.of(savable);
        }
        return oldest == null ? Optional.empty() : oldest.head();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.DEADLINE;
    }
}
