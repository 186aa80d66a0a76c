package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The waiting tickets of one service as seen from one counter: in line order (transferred tickets first,
 * then by the time they joined the line), the counter's weight for the service and the number of normal
 * tickets called since the last priority ticket (for {@link PriorityMode.Alternate}).
 */
public record ServiceQueue(ServiceRule rule, double weight, List<WaitingTicket> tickets, int normalStreak) {

    public static final Comparator<WaitingTicket> LINE_ORDER = Comparator
            .comparing((WaitingTicket t) -> !t.front())
            .thenComparing(WaitingTicket::queuedAt)
            .thenComparing(WaitingTicket::id);

    public ServiceQueue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tickets, "tickets");
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive for service " + rule.code());
        }
    }

    /** Builds a queue from tickets in any order. */
    public static ServiceQueue of(ServiceRule rule, double weight, List<WaitingTicket> tickets, int normalStreak) {
        List<WaitingTicket> sorted = new ArrayList<>(tickets);
        sorted.sort(LINE_ORDER);
        return new ServiceQueue(rule, weight, sorted, normalStreak);
    }

    public String code() {
        return rule.code();
    }

    public boolean isEmpty() {
        return tickets.isEmpty();
    }

    /**
     * The ticket this service would give next: a transferred ticket first, else by the priority mode.
     * {@code tickets} must be in line order.
     */
    public Optional<WaitingTicket> head() {
        if (tickets.isEmpty()) {
            return Optional.empty();
        }
        WaitingTicket first = tickets.get(0);
        if (first.front()) {
            return Optional.of(first);
        }
        WaitingTicket firstPriority = null;
        WaitingTicket firstNormal = null;
        for (WaitingTicket t : tickets) {
            if (t.priority().isPriority()) {
                if (firstPriority == null) {
                    firstPriority = t;
                }
            } else if (firstNormal == null) {
                firstNormal = t;
            }
            if (firstPriority != null && firstNormal != null) {
                break;
            }
        }
        if (firstPriority == null || firstNormal == null) {
            return Optional.of(first);
        }
        if (rule.priorityMode() instanceof PriorityMode.Alternate alternate) {
            return Optional.of(normalStreak >= alternate.normalsBetween() ? firstPriority : firstNormal);
        }
        return Optional.of(firstPriority);
    }

    /** How long the longest-waiting ticket of this service has waited (zero when empty). */
    public Duration longestWait(Instant now) {
        Instant oldest = null;
        for (WaitingTicket t : tickets) {
            if (oldest == null || t.issuedAt().isBefore(oldest)) {
                oldest = t.issuedAt();
            }
        }
        return oldest == null ? Duration.ZERO : Duration.between(oldest, now).isNegative()
                ? Duration.ZERO : Duration.between(oldest, now);
    }

    /**
     * The few tickets of a line that the calling policies look at, in line order: the first normal and the first
     * priority ticket in line order (so also the head and any transferred ticket), the longest-waiting ticket
     * (ties: the first in line order), and the first normal and the first priority ticket, in line order, that are
     * still within the target at {@code now}. Every policy of {@link PolicyKind} chooses the same ticket from these
     * as from the whole line ({@code LineCandidatesTest}), so "call next" reads at most five tickets per service
     * instead of whole lines; the backend selects the same five with one indexed query each.
     *
     * @param lineOrder the waiting tickets of one service in {@link #LINE_ORDER}
     */
    public static List<WaitingTicket> candidates(List<WaitingTicket> lineOrder, Duration target, Instant now) {
        long targetMillis = target.toMillis();
        WaitingTicket firstNormal = null;
        WaitingTicket firstPriority = null;
        WaitingTicket oldest = null;
        long oldestWaited = -1;
        WaitingTicket inTimeNormal = null;
        WaitingTicket inTimePriority = null;
        for (WaitingTicket t : lineOrder) {
            boolean priority = t.priority().isPriority();
            long waited = t.waited(now).toMillis();
            if (priority && firstPriority == null) {
                firstPriority = t;
            } else if (!priority && firstNormal == null) {
                firstNormal = t;
            }
            if (waited > oldestWaited) {
                oldest = t;
                oldestWaited = waited;
            }
            if (waited <= targetMillis) {
                if (priority && inTimePriority == null) {
                    inTimePriority = t;
                } else if (!priority && inTimeNormal == null) {
                    inTimeNormal = t;
                }
            }
        }
        List<WaitingTicket> chosen = new ArrayList<>(5);
        for (WaitingTicket t : new WaitingTicket[] {firstNormal, firstPriority, oldest, inTimeNormal, inTimePriority}) {
            if (t != null && !chosen.contains(t)) {
                chosen.add(t);
            }
        }
        chosen.sort(LINE_ORDER);
        return chosen;
    }

    /** The alternation streak after {@code called} has been called from this service. */
    public int streakAfter(WaitingTicket called) {
        return called.priority().isPriority() ? 0 : normalStreak + 1;
    }
}
