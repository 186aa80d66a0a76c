package vn.motcua.queue.core.ticket;

/** An action that the ticket's current state forbids (the API answers 409 and names the state). */
public class IllegalTransitionException extends RuntimeException {

    private final TicketStatus current;
    private final TicketAction action;

    public IllegalTransitionException(TicketStatus current, TicketAction action) {
        super("Cannot " + action.pathName() + " a ticket that is " + current);
        this.current = current;
        this.action = action;
    }

    public TicketStatus current() {
        return current;
    }

    public TicketAction action() {
        return action;
    }
}
