package vn.motcua.queue.backend.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
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

    // One query per active state, not "status in (...)": H2 walks an index on (x, status) only for an equal
    // status, and with IN reads every ticket the counter or center ever had.
    private static final List<TicketStatus> ACTIVE = List.of(TicketStatus.CALLED, TicketStatus.SERVING);

    /** The CALLED or SERVING ticket at the counter. */
    public static Optional<Ticket> activeAt(Long counterId) {
        for (TicketStatus status : ACTIVE) {
            Optional<Ticket> t = find("counterId = ?1 and status = ?2", counterId, status).firstResultOptional();
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The CALLED or SERVING ticket of each counter of a center, by counter id. */
    public static Map<Long, Ticket> activeByCounter(Long centerId) {
        Map<Long, Ticket> active = new HashMap<>();
        for (TicketStatus status : ACTIVE) {
            Ticket.<Ticket>list("centerId = ?1 and status = ?2 and counterId is not null", centerId, status)
                    .forEach(t -> active.putIfAbsent(t.counterId, t));
        }
        return active;
    }

    // Every index column is named in ORDER BY, the equal ones too: H2 then walks ix_ticket_line / ix_ticket_issued
    // (V7) in order and stops at the first row instead of sorting the line. Each priority kind is its own part for
    // the same reason (H2 uses no index order for "priority <> x" or "priority in (...)"), and "within the target"
    // is written as a CASE so that H2 does not prefer a range scan of issued_at (all of a line in time) to the walk.
    private static final String WAITING_ROW = "(SELECT id, service_id, priority, issued_at, queued_at, front FROM ticket"
            + " WHERE service_id = ? AND status = 'WAITING'";
    private static final String FIRST_OF_KIND = WAITING_ROW + " AND priority = ?"
            + " ORDER BY service_id, status, priority, front DESC, queued_at, id FETCH FIRST 1 ROWS ONLY)";
    private static final String FIRST_OF_KIND_IN_TIME = WAITING_ROW + " AND priority = ?"
            + " AND CASE WHEN issued_at > ? THEN 1 ELSE 0 END = 1"
            + " ORDER BY service_id, status, priority, front DESC, queued_at, id FETCH FIRST 1 ROWS ONLY)";
    private static final String LONGEST_WAITING = WAITING_ROW
            + " ORDER BY service_id, status, issued_at, front DESC, queued_at, id FETCH FIRST 1 ROWS ONLY)";
    /** The parts for one service: first and first in-time of each priority kind, then the longest-waiting. */
    private static final String ONE_SERVICE = String.join(" UNION ALL ", Collections.nCopies(Priority.values().length,
            FIRST_OF_KIND + " UNION ALL " + FIRST_OF_KIND_IN_TIME)) + " UNION ALL " + LONGEST_WAITING;

    /**
     * The tickets of each service's line that the calling policies look at ({@link ServiceQueue#candidates}), in
     * line order, read in one statement of LIMIT 1 parts along the line indexes however long the lines: per
     * service the first and the first in-time ticket of each priority kind and the longest-waiting ticket, then
     * narrowed to the core's five. Times are whole milliseconds ({@code TimeSource}), so "within the target"
     * (waited, in whole ms, at most the target) is "issued after now - target - 1 ms". Walking to the first
     * in-time ticket passes over the late tickets ahead of it, so that part costs the late tickets of its kind.
     */
    public static Map<Long, List<WaitingTicket>> lineCandidates(Map<Long, ServiceRule> rules, Instant now) {
        Map<Long, List<WaitingTicket>> lines = new HashMap<>();
        if (rules.isEmpty()) {
            return lines;
        }
        List<Long> services = List.copyOf(rules.keySet());
        String sql = String.join(" UNION ALL ", Collections.nCopies(services.size(), ONE_SERVICE));
        Map<Long, Map<String, WaitingTicket>> found = new HashMap<>();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                int p = 1;
                for (Long service : services) {
                    OffsetDateTime inTimeAfter = now.minus(rules.get(service).targetWait()).minusMillis(1)
                            .atOffset(ZoneOffset.UTC);
                    for (Priority kind : Priority.values()) {
                        st.setLong(p++, service);
                        st.setString(p++, kind.name());
                        st.setLong(p++, service);
                        st.setString(p++, kind.name());
                        st.setObject(p++, inTimeAfter);
                    }
                    st.setLong(p++, service);
                }
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long service = r.getLong(2);
                        WaitingTicket t = waitingTicket(r, rules.get(service).code());
                        found.computeIfAbsent(service, k -> new LinkedHashMap<>()).putIfAbsent(t.id(), t);
                    }
                }
            }
        });
        for (Long service : services) {
            List<WaitingTicket> line = new ArrayList<>(found.getOrDefault(service, Map.of()).values());
            line.sort(ServiceQueue.LINE_ORDER);
            // the first of each kind, in time or not, narrowed to the first normal and the first priority ticket
            lines.put(service, ServiceQueue.candidates(line, rules.get(service).targetWait(), now));
        }
        return lines;
    }

    /**
     * The waiting tickets of the services as the calling rules see them, read as plain JDBC rows (no managed
     * entities, which every flush would dirty-check, and none of the ORM's per-row work: the estimator reads
     * whole lines, thousands of rows at a busy moment): service id -> tickets.
     */
    public static Map<Long, List<WaitingTicket>> waitingLines(List<Long> serviceIds, Map<Long, String> serviceCodes) {
        Map<Long, List<WaitingTicket>> lines = new HashMap<>();
        if (serviceIds.isEmpty()) {
            return lines;
        }
        String sql = "SELECT id, service_id, priority, issued_at, queued_at, front FROM ticket WHERE status = 'WAITING'"
                + " AND service_id IN (" + String.join(", ", Collections.nCopies(serviceIds.size(), "?")) + ")";
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                int p = 1;
                for (Long service : serviceIds) {
                    st.setLong(p++, service);
                }
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        long serviceId = r.getLong(2);
                        lines.computeIfAbsent(serviceId, k -> new ArrayList<>())
                                .add(waitingTicket(r, serviceCodes.get(serviceId)));
                    }
                }
            }
        });
        return lines;
    }

    /** A row of id, service_id, priority, issued_at, queued_at, front as the calling rules see it. */
    private static WaitingTicket waitingTicket(ResultSet r, String serviceCode) throws java.sql.SQLException {
        // the id's text straight from the driver (both write a UUID in its canonical lower-case form): no UUID
        // object per waiting ticket, which the estimator reads by the thousand
        return new WaitingTicket(r.getString(1), serviceCode, Priority.valueOf(r.getString(3)),
                r.getObject(4, OffsetDateTime.class).toInstant(), r.getObject(5, OffsetDateTime.class).toInstant(),
                r.getBoolean(6));
    }
}
