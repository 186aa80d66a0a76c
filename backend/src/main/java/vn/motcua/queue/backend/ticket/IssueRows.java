package vn.motcua.queue.backend.ticket;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Service;

/**
 * The rows that issuing a ticket reads and writes, through plain JDBC on the transaction's connection: the
 * busiest path of the backend (every kiosk press) then spends nothing on the ORM's session, flush and entity
 * bookkeeping. The centers, services and tickets it returns are plain, unmanaged instances of the entity
 * classes holding only the fields the path reads: read-only values for the checks, the answer and the event.
 */
final class IssueRows {

    private IssueRows() {
    }

    static Optional<Center> center(Connection c, String code) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("SELECT id, code, time_zone, opens_at, closes_at, open_days "
                + "FROM center WHERE code = ?")) {
            read.setString(1, code);
            try (ResultSet r = read.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Center center = new Center();
                center.id = r.getLong(1);
                center.code = r.getString(2);
                center.timeZone = r.getString(3);
                center.opensAt = r.getObject(4, LocalTime.class);
                center.closesAt = r.getObject(5, LocalTime.class);
                center.openDays = r.getString(6);
                return Optional.of(center);
            }
        }
    }

    /** Inserts the key; false when the key is already claimed (a unique violation, after the first one's commit). */
    static boolean claimKey(Connection c, long centerId, String scope, String key, UUID ticketId, Instant at)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (center_id, caller, idem_key, "
                + "ticket_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, centerId);
            insert.setString(2, scope);
            insert.setString(3, key);
            insert.setObject(4, ticketId);
            insert.setObject(5, utc(at));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The service with its row locked until commit, read fresh. PostgreSQL locks it with {@code FOR UPDATE}. H2
     * never keeps a {@code FOR UPDATE} query in its per-session statement cache, so it parsed and planned that one
     * again for every ticket (an eighth of all this path allocated): there the row is locked by an update that
     * changes nothing, and read with a plain query, both cached.
     */
    static Optional<Service> serviceLocked(Connection c, boolean postgres, long centerId, String code)
            throws SQLException {
        if (!postgres) {
            try (PreparedStatement lock = c.prepareStatement(
                    "UPDATE service SET version = version WHERE center_id = ? AND code = ?")) {
                lock.setLong(1, centerId);
                lock.setString(2, code);
                if (lock.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement read = c.prepareStatement("SELECT id, code, name, prefix, open, start_number, seq_day, "
                + "seq_last, waiting_count FROM service WHERE center_id = ? AND code = ?"
                + (postgres ? " FOR UPDATE" : ""))) {
            read.setLong(1, centerId);
            read.setString(2, code);
            try (ResultSet r = read.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Service service = new Service();
                service.id = r.getLong(1);
                service.code = r.getString(2);
                service.name = r.getString(3);
                service.prefix = r.getString(4);
                service.open = r.getBoolean(5);
                service.startNumber = r.getInt(6);
                service.seqDay = r.getObject(7, LocalDate.class);
                service.seqLast = r.getInt(8);
                service.waitingCount = r.getInt(9);
                return Optional.of(service);
            }
        }
    }

    /**
     * Writes what {@link Service#takeNumber} and {@link Service#joined} changed on the locked service: its
     * number series and its waiting count. The version moves as an ORM update would move it, so that a stale
     * managed copy elsewhere fails its optimistic check instead of writing over this.
     */
    static void saveSeries(Connection c, Service service) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE service SET seq_day = ?, seq_last = ?, "
                + "waiting_count = ?, version = version + 1 WHERE id = ?")) {
            update.setObject(1, service.seqDay);
            update.setInt(2, service.seqLast);
            update.setInt(3, service.waitingCount);
            update.setLong(4, service.id);
            update.executeUpdate();
        }
    }

    /** Inserts a new ticket (version 0, as the ORM would). */
    static void insert(Connection c, Ticket t) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO ticket (id, center_id, service_id, number, "
                + "service_day, number_service_id, priority, channel, status, issued_at, queued_at, recalls, front, "
                + "phone, device_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            insert.setObject(1, t.id);
            insert.setLong(2, t.centerId);
            insert.setLong(3, t.serviceId);
            insert.setString(4, t.number);
            insert.setObject(5, t.serviceDay);
            insert.setLong(6, t.numberServiceId);
            insert.setString(7, t.priority.name());
            insert.setString(8, t.channel.name());
            insert.setString(9, t.status.name());
            insert.setObject(10, utc(t.issuedAt));
            insert.setObject(11, utc(t.queuedAt));
            insert.setInt(12, t.recalls);
            insert.setBoolean(13, t.front);
            insert.setString(14, t.phone);
            if (t.deviceId == null) {
                insert.setNull(15, Types.BIGINT);
            } else {
                insert.setLong(15, t.deviceId);
            }
            insert.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
