package vn.motcua.queue.core.ticket;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The ticket state machine of ARCHITECTURE.md:
 * <pre>
 * WAITING --call--> CALLED --start--> SERVING --finish--> DONE
 * CALLED --recall--> CALLED, CALLED --no-show--> NO_SHOW --rejoin--> WAITING
 * CALLED|SERVING --transfer--> WAITING, WAITING --cancel--> CANCELLED, WAITING|CALLED --expire--> EXPIRED
 * </pre>
 * Any other transition is refused.
 */
public final class TicketLifecycle {

    private static final Map<TicketAction, Set<TicketStatus>> ALLOWED_FROM = new EnumMap<>(TicketAction.class);
    private static final Map<TicketAction, TicketStatus> TARGET = new EnumMap<>(TicketAction.class);

    static {
        rule(TicketAction.CALL, TicketStatus.CALLED, TicketStatus.WAITING);
        rule(TicketAction.RECALL, TicketStatus.CALLED, TicketStatus.CALLED);
        rule(TicketAction.START, TicketStatus.SERVING, TicketStatus.CALLED);
        rule(TicketAction.FINISH, TicketStatus.DONE, TicketStatus.SERVING);
        rule(TicketAction.NO_SHOW, TicketStatus.NO_SHOW, TicketStatus.CALLED);
        rule(TicketAction.REJOIN, TicketStatus.WAITING, TicketStatus.NO_SHOW);
        rule(TicketAction.TRANSFER, TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING);
        rule(TicketAction.CANCEL, TicketStatus.CANCELLED, TicketStatus.WAITING);
        rule(TicketAction.EXPIRE, TicketStatus.EXPIRED, TicketStatus.WAITING, TicketStatus.CALLED);
    }

    private TicketLifecycle() {
    }

    private static void rule(TicketAction action, TicketStatus to, TicketStatus first, TicketStatus... more) {
        ALLOWED_FROM.put(action, Set.copyOf(java.util.EnumSet.of(first, more)));
        TARGET.put(action, to);
    }

    /** True when {@code action} may be applied to a ticket in {@code from}. */
    public static boolean allows(TicketStatus from, TicketAction action) {
        return ALLOWED_FROM.get(action).contains(from);
    }

    /** The state after {@code action}, or an {@link IllegalTransitionException} naming the current state. */
    public static TicketStatus apply(TicketStatus from, TicketAction action) {
        if (!allows(from, action)) {
            throw new IllegalTransitionException(from, action);
        }
        return TARGET.get(action);
    }
}
