package vn.motcua.queue.backend.device;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A kiosk or display of one center; only the SHA-256 hash of its token is stored. */
@Entity
@Table(name = "device")
public class Device extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "center_id")
    public Long centerId;
    public String code;
    public String kind;
    public String name;
    @Column(name = "token_hash")
    public String tokenHash;
    public boolean revoked;
    public String status;
    public String details;
    @Column(name = "last_heartbeat_at")
    public Instant lastHeartbeatAt;
    @Version
    public long version;

    public static Optional<Device> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public static List<Device> ofCenter(Long centerId) {
        return list("centerId = ?1 order by code", centerId);
    }
}
