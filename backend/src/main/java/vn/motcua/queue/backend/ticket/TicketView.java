package vn.motcua.queue.backend.ticket;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * The API's {@code Ticket}: no personal data, except {@code phoneMasked} ("09******78") in staff lists. Times in the center's zone; {@code position} = people ahead
 * in its service line and {@code estimatedWaitMinutes} are set while it is WAITING.
 */
public record TicketView(UUID id, String center, String number, String service, String serviceName,
                         Priority priority, Channel channel, TicketStatus status, OffsetDateTime issuedAt,
                         OffsetDateTime calledAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                         Integer counter, int recalls, Integer position, Integer estimatedWaitMinutes,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String phoneMasked) {
}
