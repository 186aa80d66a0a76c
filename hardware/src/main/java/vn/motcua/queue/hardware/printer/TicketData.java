package vn.motcua.queue.hardware.printer;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What a ticket says. Texts are Vietnamese as the center configured them; the printer profile
 * decides how they reach the paper.
 *
 * @param priorityLabel        e.g. "Người cao tuổi", or null for an ordinary ticket
 * @param estimatedWaitMinutes null when the backend has no estimate yet
 * @param statusUrl            public status page of this ticket, {@code .../t/{ticketId}}, printed as QR
 */
public record TicketData(
        String centerName,
        String serviceName,
        String number,
        String priorityLabel,
        ZonedDateTime issuedAt,
        int peopleAhead,
        Integer estimatedWaitMinutes,
        String statusUrl,
        String footer) {

    public TicketData {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(statusUrl, "statusUrl");
        if (peopleAhead < 0) {
            throw new IllegalArgumentException("peopleAhead < 0");
        }
        footer = footer == null ? "" : footer;
    }
}
