package vn.motcua.queue.backend.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the append-only audit log. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String role;
    @Column(name = "center_id")
    public Long centerId;
    @Column(name = "counter_number")
    public Integer counterNumber;
    public String action;
    public String target;
    public String detail;
    @Column(name = "client_address")
    public String clientAddress;
}
