package vn.motcua.queue.backend.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Channel;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/** A numbered ticket (phiếu). Its id is the public handle printed as a QR code. */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "center_id")
    public Long centerId;
    /** The service it is in now (changes on transfer). */
    @Column(name = "service_id")
    public Long serviceId;
    public String number;
    @Column(name = "service_day")
    public LocalDate serviceDay;
    /** The service whose series gave the number (never changes). */
    @Column(name = "number_service_id")
    public Long numberServiceId;
    @Enumerated(EnumType.STRING)
    public Priority priority;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public TicketStatus status;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "called_at")
    public Instant calledAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "counter_id")
    public Long counterId;
    public int recalls;
    public boolean front;
    public String phone;
    @Column(name = "device_id")
    public Long deviceId;
    @Column(name = "print_status")
    public String printStatus;
    @Column(name = "print_error")
    public String printError;
    @Version
    public long version;

    public static Optional<Ticket> byId(UUID id) {
        return findByIdOptional(id);
    }

    public static Optional<Ticket> activeAt(Long counterId) {
        return find("counterId = ?1 and status in ?2", counterId,
                List.of(TicketStatus.CALLED, TicketStatus.SERVING)).firstResultOptional();
    }

    /** The CALLED or SERVING ticket of each counter of a center, by counter id (one query). */
    public static Map<Long, Ticket> activeByCounter(Long centerId) {
        return Ticket.<Ticket>list("centerId = ?1 and status in ?2 and counterId is not null", centerId,
                        List.of(TicketStatus.CALLED, TicketStatus.SERVING)).stream()
                .collect(Collectors.toMap(t -> t.counterId, t -> t, (a, b) -> a));
    }

    /**
     * The waiting tickets of the services as the calling rules see them, read as plain rows (no managed
     * entities, which every flush would dirty-check: the estimator and call next read whole lines): service id
     * -> tickets.
     */
    public static Map<Long, List<WaitingTicket>> waitingLines(List<Long> serviceIds, Map<Long, String> serviceCodes) {
        Map<Long, List<WaitingTicket>> lines = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return lines;
        }
        List<Object[]> rows = getEntityManager().createQuery("select t.id, t.serviceId, t.priority, t.issuedAt, "
                        + "t.queuedAt, t.front from Ticket t where t.serviceId in ?1 and t.status = ?2", Object[].class)
                .setParameter(1, serviceIds).setParameter(2, TicketStatus.WAITING).getResultList();
        for (Object[] r : rows) {
            Long serviceId = (Long) r[1];
            lines.computeIfAbsent(serviceId, k -> new ArrayList<>()).add(new WaitingTicket(r[0].toString(),
                    serviceCodes.get(serviceId), (Priority) r[2], (Instant) r[3], (Instant) r[4], (Boolean) r[5]));
        }
        return lines;
    }
}
