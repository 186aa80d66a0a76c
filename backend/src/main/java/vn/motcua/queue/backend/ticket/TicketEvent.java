package vn.motcua.queue.backend.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Append-only log of every state change of a ticket (who, what, when, which counter), written in the
 * same transaction as the change. Reports, heatmaps and audits are computed from it.
 */
@Entity
@Table(name = "ticket_event")
public class TicketEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "center_id")
    public Long centerId;
    @Column(name = "service_code")
    public String serviceCode;
    public String type;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    @Column(name = "counter_number")
    public Integer counterNumber;
    public String actor;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String detail;

    public static List<TicketEvent> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by id", ticketId);
    }
}
