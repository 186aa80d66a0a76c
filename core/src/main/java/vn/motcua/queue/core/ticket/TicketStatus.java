package vn.motcua.queue.core.ticket;

/** The states of a ticket; see ARCHITECTURE.md "Ticket lifecycle". */
public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    DONE,
    NO_SHOW,
    CANCELLED,
    EXPIRED;

    /** True when no further transition can leave this state (except a no-show rejoining). */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED || this == EXPIRED;
    }
}
