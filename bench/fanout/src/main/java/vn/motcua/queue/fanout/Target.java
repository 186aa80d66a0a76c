package vn.motcua.queue.fanout;

/**
 * The server under test, as the benchmark drives it: one called ticket per round, so four frames to every
 * subscriber (ticket.issued, ticket.called, ticket.started, ticket.finished).
 */
interface Target extends AutoCloseable {

    /** Issues a ticket to be called and returns its id. */
    String prepare();

    /** Calls the ticket: the request whose response starts the clock. */
    HttpCall.Response call(String ticketId);

    /** Frees the counter for the next round (start and finish on the backend). */
    void release(String ticketId);

    @Override
    void close();
}
