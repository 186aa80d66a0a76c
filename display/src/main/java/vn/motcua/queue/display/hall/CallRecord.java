package vn.motcua.queue.display.hall;

import java.time.Instant;

/** A call or recall: what the big panel shows and what is announced. */
public record CallRecord(long seq, Instant at, boolean recall, TicketRef ticket, String serviceName, int counterNumber,
                         String counterName, String announcement) {

    /** Same call seen twice (live, then in a later snapshot's recent calls). */
    String key() {
        return ticket.id() + "@" + at;
    }
}
