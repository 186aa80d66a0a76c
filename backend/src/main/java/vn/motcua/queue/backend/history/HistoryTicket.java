package vn.motcua.queue.backend.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * A closed ticket of the past and its life: issued; called at a counter (unless cancelled while waiting);
 * then started and finished (DONE) or marked no-show ({@code finishedAt} = the no-show or cancel time).
 */
public record HistoryTicket(UUID id, long serviceId, String serviceCode, String number, LocalDate day,
                            Priority priority, TicketStatus status, Instant issuedAt, Instant calledAt,
                            Instant startedAt, Instant finishedAt, Long counterId, Integer counterNumber) {

    public HistoryTicket {
        if (status != TicketStatus.DONE && status != TicketStatus.NO_SHOW && status != TicketStatus.CANCELLED) {
            throw new IllegalArgumentException("history holds closed tickets only, not " + status);
        }
    }
}
