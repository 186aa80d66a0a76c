package vn.motcua.queue.core.estimate.reference;

import vn.motcua.queue.core.calling.*;

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
public record RefServiceQueue(ServiceRule rule, double weight, List<WaitingTicket> tickets, int normalStreak) {

    public static final Comparator<WaitingTicket> LINE_ORDER = Comparator
            .comparing((WaitingTicket t) -> !t.front())
            .thenComparing(WaitingTicket::queuedAt)
            .thenComparing(WaitingTicket::id);

    public RefServiceQueue {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(tickets, "tickets");
        if (weight <= 0) {
            throw new IllegalArgumentException("weight must be positive for service " + rule.code());
        }
    }

    /** Builds a queue from tickets in any order. */
    public static RefServiceQueue of(ServiceRule rule, double weight, List<WaitingTicket> tickets, int normalStreak) {
        List<WaitingTicket> sorted = new ArrayList<>(tickets);
        sorted.sort(LINE_ORDER);
        return new RefServiceQueue(rule, weight, sorted, normalStreak);
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

    /** The alternation streak after {@code called} has been called from this service. */
    public int streakAfter(WaitingTicket called) {
        return called.priority().isPriority() ? 0 : normalStreak + 1;
    }
}
