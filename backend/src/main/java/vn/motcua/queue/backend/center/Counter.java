package vn.motcua.queue.backend.center;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;

/** A counter (quầy) of a center. Its work profile is in {@link CounterService}. */
@Entity
@Table(name = "counter")
public class Counter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "center_id")
    public Long centerId;
    public int number;
    public String name;
    @Enumerated(EnumType.STRING)
    public CounterStatus status;
    public String clerk;
    /** How announcements name the counter, e.g. "quầy số năm" or "bàn trả kết quả"; empty = "quầy số N". */
    @Column(name = "spoken_name")
    public String spokenName;
    @Version
    public long version;

    /** Locks the counter's row and reads it again (after the services' locks, before the center's). */
    public static void lock(Counter counter) {
        getEntityManager().refresh(counter, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<Counter> ofCenter(Long centerId) {
        return list("centerId = ?1 order by number", centerId);
    }

    public static Optional<Counter> byNumber(Long centerId, int number) {
        return find("centerId = ?1 and number = ?2", centerId, number).firstResultOptional();
    }
}
