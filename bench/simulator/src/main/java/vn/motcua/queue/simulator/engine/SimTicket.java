package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.core.ticket.TicketLifecycle;
import vn.motcua.queue.core.ticket.TicketStatus;
import vn.motcua.queue.simulator.citizens.Citizen;

/** A ticket's mutable state during the day; every state change goes through the core's lifecycle. */
final class SimTicket {

    final String number;
    final Citizen citizen;
    final Instant issuedAt;
    final Duration estimate;
    TicketStatus status = TicketStatus.WAITING;
    Instant firstCallAt;
    boolean transferred;
    int recalls;

    SimTicket(String number, Citizen citizen, Instant issuedAt, Duration estimate) {
        this.number = number;
        this.citizen = citizen;
        this.issuedAt = issuedAt;
        this.estimate = estimate;
    }

    void apply(TicketAction action) {
        status = TicketLifecycle.apply(status, action);
    }

    /** The service the ticket is in now: its own, or the one it was transferred to. */
    String currentService() {
        return transferred ? citizen.transferTo() : citizen.service();
    }

    Duration serviceTimeNow() {
        return transferred ? citizen.transferServiceTime() : citizen.serviceTime();
    }
}
