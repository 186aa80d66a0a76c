package vn.motcua.queue.backend.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hibernate.Session;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.common.AfterCommit;
import vn.motcua.queue.backend.common.DatabaseKind;
import vn.motcua.queue.backend.common.TimeSource;

/**
 * Appends a public event to the center's stream inside the caller's transaction. The seq is the center's
 * next number, taken by updating the center row, which stays locked until commit: so seqs are gap-free and
 * in commit order, on every backend instance. The center row is the LAST lock a change takes (after its
 * services, by id, and its counter), so callers append their event as the last step before commit: the
 * center is then held only for the append and the commit, and changes of one center overlap until there (on
 * PostgreSQL the append, with its NOTIFY, is one statement, so the lock is held for one round trip and the commit). The frame is
 * stored complete, so every instance sends the very same text. On PostgreSQL a NOTIFY (delivered only on commit,
 * in commit order) wakes the other instances; on every database the committing instance is woken after commit.
 */
@ApplicationScoped
public class EventLog {

    public static final String CHANNEL = "motcua_events";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    TimeSource time;
    @Inject
    AfterCommit afterCommit;
    @Inject
    EventRelay relay;
    @Inject
    DatabaseKind database;

    /** Appends from a transaction that changed entities: they are flushed first, then the event goes out. */
    public long append(Center center, String type, Map<String, Object> body) {
        // the transaction's other writes go out first, before the center's row is locked
        em.flush();
        long[] seq = new long[1];
        // plain JDBC on the transaction's connection: no ORM flush or cache work while the center is locked
        em.unwrap(Session.class).doWork(connection -> seq[0] = append(connection, center.id, center.zone(), type, body));
        return seq[0];
    }

    /**
     * Appends on {@code connection}, which belongs to the caller's transaction and holds all its other writes
     * already (the issue path, which writes without the ORM).
     */
    public long append(Connection connection, long centerId, ZoneId zone, String type, Map<String, Object> body)
            throws SQLException {
        Instant at = time.now();
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("seq", 0L); // a placeholder that keeps the key order: the stored text gets the seq once taken
        frame.put("at", at.atZone(zone).toOffsetDateTime().toString());
        frame.putAll(body);
        // the frame's text around its seq, which is only known once the center row is locked
        String text;
        try {
            text = json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be written as JSON", e);
        }
        String seqAt = "\"seq\":0,";
        int cut = text.indexOf(seqAt) + seqAt.length() - 2;
        String head = text.substring(0, cut);
        String tail = text.substring(cut + 1);
        long seq = database.postgres() ? appendOnPostgres(connection, centerId, type, at, head, tail)
                : appendPortably(connection, centerId, type, at, head, tail);
        afterCommit.run(() -> relay.committed(centerId));
        return seq;
    }

    /**
     * One round trip while the center is locked: advance its seq, store the frame with it, and the NOTIFY that
     * wakes the other instances on commit (a volatile CTE, so it runs exactly once).
     */
    private static long appendOnPostgres(Connection connection, long centerId, String type, Instant at, String head,
                                         String tail) throws SQLException {
        try (PreparedStatement append = connection.prepareStatement(
                "WITH n AS (SELECT pg_notify(?, ?)), "
                        + "s AS (UPDATE center SET event_seq = event_seq + 1 WHERE id = ? RETURNING event_seq) "
                        + "INSERT INTO center_event (center_id, seq, type, occurred_at, body) "
                        + "SELECT ?, s.event_seq, ?, ?, ? || s.event_seq || ? FROM s CROSS JOIN n RETURNING seq")) {
            append.setString(1, CHANNEL);
            append.setString(2, Long.toString(centerId));
            append.setLong(3, centerId);
            append.setLong(4, centerId);
            append.setString(5, type);
            append.setObject(6, at.atOffset(ZoneOffset.UTC));
            append.setString(7, head);
            append.setString(8, tail);
            try (ResultSet r = append.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long appendPortably(Connection connection, long centerId, String type, Instant at, String head,
                                       String tail) throws SQLException {
        long seq;
        try (PreparedStatement next = connection.prepareStatement(
                "UPDATE center SET event_seq = event_seq + 1 WHERE id = ?")) {
            next.setLong(1, centerId);
            next.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT event_seq FROM center WHERE id = ?")) {
            read.setLong(1, centerId);
            try (ResultSet r = read.executeQuery()) {
                r.next();
                seq = r.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO center_event (center_id, seq, type, occurred_at, body) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, centerId);
            insert.setLong(2, seq);
            insert.setString(3, type);
            insert.setObject(4, at.atOffset(ZoneOffset.UTC));
            insert.setString(5, head + seq + tail);
            insert.executeUpdate();
        }
        return seq;
    }
}
