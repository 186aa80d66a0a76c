package vn.motcua.queue.backend.ticket;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;

/** Body of POST /api/centers/{center}/tickets. */
@Schema(example = "{\"service\":\"DD\",\"priority\":\"ELDERLY\",\"channel\":\"KIOSK\"}")
public record IssueRequest(
        @Schema(required = true, description = "service code", example = "DD") String service,
        @Schema(description = "default NONE") Priority priority,
        @Schema(description = "default KIOSK for devices, COUNTER for staff") Channel channel,
        @Schema(description = "optional Vietnamese phone number for notifications", example = "0912345678") String phone) {
}
