package vn.motcua.queue.core.ticket;

/** What can happen to a ticket; each action is one transition of {@link TicketLifecycle}. */
public enum TicketAction {
    CALL,
    RECALL,
    START,
    FINISH,
    NO_SHOW,
    REJOIN,
    TRANSFER,
    CANCEL,
    EXPIRE;

    /** The word used in API paths and event types, e.g. {@code no-show}. */
    public String pathName() {
        return name().toLowerCase().replace('_', '-');
    }
}
