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
 * in commit order, on every backend instance. The center row is the FIRST lock a change takes
 * ({@link #lockCenter}, before its services, by id, and its counter): the changes of one center then queue on
 * that one row, each taking the rest of its locks uncontended. (The other order, center last, held the
 * center for the append and the commit only, but on PostgreSQL the issues then spent half their time queued on
 * their service's row, and issued 630 tickets/s against 920-980 center first, side by side: benchmark runs nine
 * and ten, docs/loadgen-benchmarks.md.) The frame is stored complete, so every instance sends the very same text.
 * On PostgreSQL a NOTIFY (delivered only on commit, in commit order) wakes the other instances; on every
 * database the committing instance is woken after commit.
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

    /**
     * Locks the center's row until commit. A change that appends an event calls this before any other lock it
     * takes (its services', its counter's, its ticket's, by reading or writing them), so that no two changes ever
     * wait for each other crosswise; one that takes no other lock (the stats event) need not, as its append locks
     * the row then.
     */
    public void lockCenter(long centerId) {
        em.unwrap(Session.class).doWork(connection -> lockCenter(connection, centerId));
    }

    /** As {@link #lockCenter(long)}, on the caller's transaction's connection (the issue path). */
    public void lockCenter(Connection connection, long centerId) throws SQLException {
        // H2 never keeps a FOR UPDATE query in its statement cache (see IssueRows): there an update that changes
        // nothing locks the row, a cached statement
        try (PreparedStatement lock = connection.prepareStatement(database.postgres()
                ? "SELECT id FROM center WHERE id = ? FOR UPDATE"
                : "UPDATE center SET event_seq = event_seq WHERE id = ?")) {
            lock.setLong(1, centerId);
            lock.execute();
        }
    }

    /** Appends from a transaction that changed entities: they are flushed first, then the event goes out. */
    public long append(Center center, String type, Map<String, Object> body) {
        em.flush();
        long[] seq = new long[1];
        // plain JDBC on the transaction's connection
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
        // the frame's text around its seq, which is only known once the center's seq is advanced
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
     * One round trip: advance the center's seq, store the frame with it, and the NOTIFY that wakes the other
     * instances on commit (a volatile CTE, so it runs exactly once).
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
