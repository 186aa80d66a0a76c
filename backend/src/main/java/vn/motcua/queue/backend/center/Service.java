package vn.motcua.queue.backend.center;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ServiceRule;

/** A service (lĩnh vực) of a center: its own number series, target wait and priority mode. */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "service")
public class Service extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "center_id")
    public Long centerId;
    public String code;
    public String name;
    public String prefix;
    @Column(name = "target_wait_minutes")
    public int targetWaitMinutes;
    @Column(name = "default_service_minutes")
    public double defaultServiceMinutes;
    /** Exponentially weighted mean of observed service times, seeded from the default. */
    @Column(name = "mean_service_seconds")
    public double meanServiceSeconds;
    @Column(name = "priority_mode")
    public String priorityMode;
    public boolean open;
    @Column(name = "start_number")
    public int startNumber;
    /** Normal tickets called since the last priority ticket (for ALTERNATE n). */
    @Column(name = "normal_streak")
    public int normalStreak;
    @Column(name = "seq_day")
    public LocalDate seqDay;
    @Column(name = "seq_last")
    public int seqLast;
    @Column(name = "sort_order")
    public int sortOrder;
    /** Tickets WAITING in this service's line; changed only under the row's lock (see {@link #joined()}). */
    @Column(name = "waiting_count")
    public int waitingCount;
    @Version
    public long version;

    public static List<Service> ofCenter(Long centerId) {
        return list("centerId = ?1 order by sortOrder, code", centerId);
    }

    public static Optional<Service> byCode(Long centerId, String code) {
        return find("centerId = ?1 and code = ?2", centerId, code).firstResultOptional();
    }

    public static Optional<Service> byCodeLocked(Long centerId, String code) {
        return find("centerId = ?1 and code = ?2", centerId, code)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Locks and reads the services again, in id order so that two lockers never deadlock. Each row is read
     * fresh under its lock, also when the transaction already held an older copy of it.
     */
    public static List<Service> lockAll(java.util.Collection<Long> ids) {
        List<Service> locked = new java.util.ArrayList<>(ids.size());
        for (Long id : new java.util.TreeSet<>(ids)) {
            locked.add(lockById(id));
        }
        return locked;
    }

    public static Service lockById(Long id) {
        Service service = getEntityManager().getReference(Service.class, id);
        getEntityManager().refresh(service, LockModeType.PESSIMISTIC_WRITE);
        return service;
    }

    public ServiceRule rule() {
        return new ServiceRule(code, Duration.ofMinutes(targetWaitMinutes), PriorityMode.parse(priorityMode),
                Duration.ofMillis(Math.round(meanServiceSeconds * 1000)));
    }

    /** A ticket joined this service's line (issued, rejoined, transferred in); the row must be locked. */
    public void joined() {
        waitingCount++;
    }

    /** A ticket left this service's line (called, cancelled, expired while waiting); the row must be locked. */
    public void left() {
        waitingCount--;
    }

    /** Takes the next number of the series for {@code day}; the caller holds this row's lock. */
    public int takeNumber(LocalDate day) {
        if (seqDay == null || !seqDay.equals(day)) {
            seqDay = day;
            seqLast = startNumber - 1;
        }
        seqLast++;
        return seqLast;
    }
}
