package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The default policy: deadlines per ticket, not per service. Among all tickets of the counter's services:
 * <ol>
 *   <li><b>Past the cap</b>: a ticket that has waited more than {@code cap} x its target goes first, the
 *       longest-waiting first. If the head of its line is a ticket the line's own rules put first (a
 *       transferred ticket, or a priority ticket by the service's {@link PriorityMode}), that head is called
 *       instead and the overdue ticket comes next.</li>
 *   <li><b>Line rights</b>: a head that its line puts first (transferred, or priority by STRICT /
 *       ALTERNATE n), the longest-waiting first. The policy never overrides those rights.</li>
 *   <li><b>Urgent</b>: a ticket that can still make its target and has at most {@code horizon} x target
 *       to spare, ranked by spare time + {@code serviceTimeWeight} x its service's mean service time (least
 *       first). Each line offers the first ticket, in line order, that can still make its target, even when
 *       late tickets of the same service are ahead of it.</li>
 *   <li><b>Late</b>: otherwise the longest-waiting ticket that has missed its target (under the cap).</li>
 *   <li><b>In time</b>: otherwise the ticket that can still make its target with the least time to spare.</li>
 * </ol>
 * Ties go to the work-profile order, then line order.
 *
 * <p>Why: when counters fall behind, calling a ticket that is already late saves nobody, while a ticket
 * behind it may still make its target. Only tickets about to miss (step 3) jump ahead; when nobody is about
 * to miss, the late tickets are served oldest first (step 4), which keeps the tail short. Ranking by spare
 * time plus half a mean service time calls a short case a little earlier than a long one with the same
 * deadline: the counter comes back sooner, so more citizens make their target.
 *
 * <p><b>The price</b>: when the center is behind, numbers of one service are called out of order: a citizen
 * who is already late waits longer so that one behind them is served in time. The cap bounds it: nobody is
 * skipped after waiting {@code cap} x target (30 minutes for a 15-minute target at the default cap 2);
 * past that, tickets are called oldest first. Measured with the day simulator, defaults, busy center:
 * about +7 points within target over FIFO, with a longer tail (see docs/simulator-benchmarks.md).
 * With {@code horizon} 1 and {@code serviceTimeWeight} 0 every in-time ticket counts as urgent and the rule
 * is plain least-slack-first.
 */
public final class RefDeadlinePolicy implements RefCallingPolicy {

    /** Share of the target: a ticket with at most this much of its target to spare is urgent. */
    public static final double DEFAULT_HORIZON = 0.5;

    /** Weight of the service's mean service time in the urgency rank. */
    public static final double DEFAULT_SERVICE_TIME_WEIGHT = 0.5;

    private final double cap;
    private final double horizon;
    private final double serviceTimeWeight;

    public RefDeadlinePolicy(double cap) {
        this(cap, DEFAULT_HORIZON, DEFAULT_SERVICE_TIME_WEIGHT);
    }

    public RefDeadlinePolicy(double cap, double horizon, double serviceTimeWeight) {
        if (!(cap >= 1.0)) {
            throw new IllegalArgumentException("DEADLINE cap must be at least 1, got " + cap);
        }
        if (!(horizon > 0 && horizon <= 1)) {
            throw new IllegalArgumentException("DEADLINE horizon must be in (0, 1], got " + horizon);
        }
        if (!(serviceTimeWeight >= 0 && Double.isFinite(serviceTimeWeight))) {
            throw new IllegalArgumentException("DEADLINE service-time weight must be 0 or more, got "
                    + serviceTimeWeight);
        }
        this.cap = cap;
        this.horizon = horizon;
        this.serviceTimeWeight = serviceTimeWeight;
    }

    public double cap() {
        return cap;
    }

    public double horizon() {
        return horizon;
    }

    public double serviceTimeWeight() {
        return serviceTimeWeight;
    }

    @Override
    public Optional<WaitingTicket> choose(Instant now, List<RefServiceQueue> queues) {
        WaitingTicket overdue = null;
        RefServiceQueue overdueLine = null;
        WaitingTicket entitled = null;
        WaitingTicket urgent = null;
        long urgentRank = 0;
        WaitingTicket inTime = null;
        long inTimeSpare = 0;
        WaitingTicket late = null;
        for (RefServiceQueue q : queues) {
            if (q.isEmpty()) {
                continue;
            }
            long target = q.rule().targetWait().toMillis();
            long capMillis = (long) (cap * target);
            WaitingTicket head = q.head().orElseThrow();
            if (hasLineRight(head) && (entitled == null || waited(head, now) > waited(entitled, now))) {
                entitled = head;
            }
            boolean offered = false;
            for (WaitingTicket t : q.tickets()) {
                long waited = waited(t, now);
                if (waited > capMillis) {
                    if (overdue == null || waited > waited(overdue, now)) {
                        overdue = t;
                        overdueLine = q;
                    }
                } else if (waited > target) {
                    if (late == null || waited > waited(late, now)) {
                        late = t;
                    }
                } else if (!offered) {
                    // line order: the first in-time ticket has the least spare time of its line
                    offered = true;
                    long spare = target - waited;
                    long rank = spare + Math.round(serviceTimeWeight * q.rule().meanServiceTime().toMillis());
                    if (inTime == null || spare < inTimeSpare) {
                        inTime = t;
                        inTimeSpare = spare;
                    }
                    if (spare <= horizon * target && (urgent == null || rank < urgentRank)) {
                        urgent = t;
                        urgentRank = rank;
                    }
                }
            }
        }
        if (overdue != null) {
            WaitingTicket head = overdueLine.head().orElseThrow();
            return Optional.of(hasLineRight(head) ? head : overdue);
        }
        WaitingTicket chosen = entitled != null ? entitled
                : urgent != null ? urgent
                : late != null ? late
                : inTime;
        return Optional.ofNullable(chosen);
    }

    /** A head its line puts first: transferred, or a priority ticket that the service's mode lets go now. */
    private static boolean hasLineRight(WaitingTicket head) {
        return head.front() || head.priority().isPriority();
    }

    private static long waited(WaitingTicket t, Instant now) {
        return t.waited(now).toMillis();
    }

    @Override
    public PolicyKind kind() {
        return PolicyKind.DEADLINE;
    }

    @Override
    public String toString() {
        return "DEADLINE(cap " + cap + ", horizon " + horizon + ", service-time weight " + serviceTimeWeight + ")";
    }
}
