package vn.motcua.queue.kiosk.issue;

import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.queue.hardware.printer.TicketData;
import vn.motcua.queue.kiosk.backend.CenterInfo;
import vn.motcua.queue.kiosk.backend.Ticket;
import vn.motcua.queue.kiosk.config.KioskConfig;

/** Turns an issued ticket into what the paper says: center name, center-local time, status QR. */
public final class TicketCards {
    private final KioskConfig config;
    private final AtomicReference<CenterInfo> center = new AtomicReference<>();

    public TicketCards(KioskConfig config) {
        this.config = config;
    }

    public void center(CenterInfo info) {
        center.set(info);
    }

    public CenterInfo center() {
        return center.get();
    }

    public TicketData toPaper(Ticket ticket) {
        CenterInfo info = center.get();
        String centerName = info == null ? config.center() : info.name();
        var issuedAt = info == null ? ticket.issuedAt().toZonedDateTime()
                : ticket.issuedAt().atZoneSameInstant(info.timeZone());
        return new TicketData(centerName, ticket.serviceName(), ticket.number(), ticket.priority().label(),
                issuedAt, ticket.position(), ticket.estimatedWaitMinutes(), config.statusUrl(ticket.id()),
                config.ticketFooter());
    }
}
