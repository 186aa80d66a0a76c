package vn.motcua.queue.loadgen;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The raw database ceiling for issuing tickets: the backend's writes for one ticket, done through plain JDBC
 * from {@code --threads} threads, one transaction per ticket, as fast as the database commits them:
 * claim the Idempotency-Key (insert it), lock the service row ({@code SELECT ... FOR UPDATE}), advance
 * the service's number series, insert the ticket and its event row, then lock the center row to take the event
 * stream's next seq, insert the stream event, commit (the backend's lock order from 30 November to 1 December).
 * On PostgreSQL, like the backend then, the NOTIFY, the seq and the stream event are one statement. With
 * {@code --center-first} the center row is locked right after the key is claimed instead, which serialises the
 * whole transaction: the backend's order before 30 November and again since 1 December. No HTTP, no ORM, no
 * JSON, no read model: whatever the backend does beyond this is its overhead.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' vn.motcua.queue.loadgen.JdbcCeiling \
 *     --jdbc-url 'jdbc:h2:file:/tmp/x/ceiling;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE' --user sa \
 *     --schema backend/src/main/resources/db/migration --threads 16 --duration 30
 * </pre>
 */
public final class JdbcCeiling {

    private static final Set<String> OPTIONS = Set.of("jdbc-url", "user", "password", "schema", "threads",
            "duration", "warmup", "services", "idempotency", "center-first", "result", "label");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private JdbcCeiling() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, OPTIONS);
        String url = o.string("jdbc-url", null);
        if (url == null) {
            throw new IllegalArgumentException("--jdbc-url is required (an empty database)");
        }
        String user = o.string("user", "sa");
        String password = o.string("password", "");
        int threads = o.integer("threads", 16);
        boolean idempotency = o.flag("idempotency", true);
        // the backend takes the center row first (the whole transaction serialised); the other order (center
        // last, its order until 1 December) is measured too, and the ratio is taken against the better ceiling
        boolean centerFirst = o.flag("center-first", false);
        List<String> services = o.list("services", "DD,TP,KD,XD,LD,GT,MT,TH,TK");
        CeilingSchema.Seeded seeded;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            seeded = CeilingSchema.create(c, Path.of(o.string("schema",
                    "backend/src/main/resources/db/migration")), services);
        }

        LatencyStats commits = new LatencyStats("ticket transaction");
        Window window = Window.after(o.decimal("warmup", 5), o.decimal("duration", 30));
        AtomicBoolean failed = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Connection c = DriverManager.getConnection(url, user, password);
            Thread worker = new Thread(() -> {
                try (c) {
                    new Issuer(c, seeded, idempotency, centerFirst, url.startsWith("jdbc:postgresql:")).run(window, commits);
                } catch (SQLException e) {
                    failed.set(true);
                    e.printStackTrace();
                }
            }, "ceiling-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = window.seconds();
        Results results = new Results()
                .put("label", o.string("label", "jdbc"))
                .put("threads", threads)
                .put("idempotency", idempotency)
                .put("center_first", centerFirst)
                .put("duration_s", seconds)
                .latencies("jdbc", commits, seconds, "commit");
        results.print();
        results.write(o.string("result", null));
        if (failed.get()) {
            System.exit(1);
        }
    }

    /** One thread's connection and prepared statements; issues tickets until the window ends. */
    private static final class Issuer {

        private final Connection c;
        private final CeilingSchema.Seeded seeded;
        private final boolean idempotency;
        private final boolean centerFirst;
        private final PreparedStatement notify;
        private final PreparedStatement append;
        private final PreparedStatement lockService;
        private final PreparedStatement insertKey;
        private final PreparedStatement updateService;
        private final PreparedStatement insertTicket;
        private final PreparedStatement insertEvent;
        private final PreparedStatement lockCenter;
        private final PreparedStatement readSeq;
        private final PreparedStatement insertStreamEvent;

        Issuer(Connection c, CeilingSchema.Seeded seeded, boolean idempotency, boolean centerFirst, boolean postgres)
                throws SQLException {
            this.centerFirst = centerFirst;
            // PostgreSQL, center last: NOTIFY, seq and stream event in one statement; with the center first, the
            // NOTIFY on its own and the seq taken at the start
            notify = postgres && centerFirst ? c.prepareStatement("SELECT pg_notify('motcua_events', ?)") : null;
            append = postgres && !centerFirst ? c.prepareStatement(
                    "WITH n AS (SELECT pg_notify('motcua_events', ?)), "
                            + "s AS (UPDATE center SET event_seq = event_seq + 1 WHERE id = ? RETURNING event_seq) "
                            + "INSERT INTO center_event (center_id, seq, type, occurred_at, body) "
                            + "SELECT ?, s.event_seq, 'ticket.issued', ?, ? || s.event_seq || ? FROM s CROSS JOIN n "
                            + "RETURNING seq")
                    : null;
            this.c = c;
            this.seeded = seeded;
            this.idempotency = idempotency;
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            lockService = c.prepareStatement("SELECT id, prefix, seq_day, seq_last, start_number, version "
                    + "FROM service WHERE center_id = ? AND code = ? FOR UPDATE");
            insertKey = c.prepareStatement("INSERT INTO idempotency_key (center_id, caller, idem_key, ticket_id, "
                    + "created_at) VALUES (?, ?, ?, ?, ?)");
            updateService = c.prepareStatement("UPDATE service SET seq_day = ?, seq_last = ?, version = ? "
                    + "WHERE id = ? AND version = ?");
            insertTicket = c.prepareStatement("INSERT INTO ticket (id, center_id, service_id, number, service_day, "
                    + "number_service_id, priority, channel, status, issued_at, queued_at, recalls, front, "
                    + "device_id, version) VALUES (?, ?, ?, ?, ?, ?, 'NONE', 'KIOSK', 'WAITING', ?, ?, 0, FALSE, ?, 0)");
            insertEvent = c.prepareStatement("INSERT INTO ticket_event (ticket_id, center_id, service_code, type, "
                    + "to_status, actor, occurred_at) VALUES (?, ?, ?, 'issued', 'WAITING', 'kiosk-1', ?)");
            // like the backend: the center row is locked first and gives the event stream's next seq
            lockCenter = c.prepareStatement("UPDATE center SET event_seq = event_seq + 1 WHERE id = ?");
            readSeq = c.prepareStatement("SELECT event_seq FROM center WHERE id = ?");
            insertStreamEvent = c.prepareStatement("INSERT INTO center_event (center_id, seq, type, occurred_at, body) "
                    + "VALUES (?, ?, 'ticket.issued', ?, ?)");
        }

        void run(Window window, LatencyStats commits) throws SQLException {
            while (true) {
                long start = System.nanoTime();
                if (window.over(start)) {
                    return;
                }
                String outcome;
                try {
                    issueOne();
                    outcome = "commit";
                } catch (SQLException e) {
                    c.rollback();
                    outcome = "sqlstate-" + e.getSQLState();
                }
                if (window.contains(start)) {
                    commits.record(System.nanoTime() - start, outcome);
                }
            }
        }

        private void issueOne() throws SQLException {
            Instant now = Instant.now();
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            String code = seeded.serviceCodes().get(ThreadLocalRandom.current().nextInt(seeded.serviceCodes().size()));
            UUID id = UUID.randomUUID();
            String key = UUID.randomUUID().toString();
            if (idempotency) {
                // claimed first, as the backend does (a repeated key would fail here and be looked up)
                insertKey.setLong(1, seeded.centerId());
                insertKey.setString(2, "device:kiosk-1");
                insertKey.setString(3, key);
                insertKey.setObject(4, id);
                insertKey.setObject(5, at);
                insertKey.executeUpdate();
            }
            long firstSeq = centerFirst ? nextSeq() : 0;
            lockService.setLong(1, seeded.centerId());
            lockService.setString(2, code);
            long serviceId;
            String prefix;
            int number;
            LocalDate day = LocalDate.ofInstant(now, ZONE);
            long version;
            try (ResultSet r = lockService.executeQuery()) {
                r.next();
                serviceId = r.getLong(1);
                prefix = r.getString(2);
                LocalDate seqDay = r.getObject(3, LocalDate.class);
                number = (day.equals(seqDay) ? r.getInt(4) : r.getInt(5) - 1) + 1;
                version = r.getLong(6);
            }
            updateService.setObject(1, day);
            updateService.setInt(2, number);
            updateService.setLong(3, version + 1);
            updateService.setLong(4, serviceId);
            updateService.setLong(5, version);
            if (updateService.executeUpdate() != 1) {
                throw new SQLException("service row changed under its lock", "40001");
            }
            insertTicket.setObject(1, id);
            insertTicket.setLong(2, seeded.centerId());
            insertTicket.setLong(3, serviceId);
            insertTicket.setString(4, prefix + String.format("%03d", number));
            insertTicket.setObject(5, day);
            insertTicket.setLong(6, serviceId);
            insertTicket.setObject(7, at);
            insertTicket.setObject(8, at);
            insertTicket.setLong(9, seeded.deviceId());
            insertTicket.executeUpdate();
            insertEvent.setObject(1, id);
            insertEvent.setLong(2, seeded.centerId());
            insertEvent.setString(3, code);
            insertEvent.setObject(4, at);
            insertEvent.executeUpdate();
            if (notify != null) {
                notify.setString(1, Long.toString(seeded.centerId()));
                notify.executeQuery().close();
            }
            if (append != null) {
                append.setString(1, Long.toString(seeded.centerId()));
                append.setLong(2, seeded.centerId());
                append.setLong(3, seeded.centerId());
                append.setObject(4, at);
                append.setString(5, "{\"type\":\"ticket.issued\",\"seq\":");
                append.setString(6, ",\"ticket\":{\"id\":\"" + id + "\",\"number\":\"" + prefix
                        + String.format("%03d", number) + "\"}}");
                append.executeQuery().close();
                c.commit();
                return;
            }
            // center last: its lock is held for the append and the commit only
            long seq = centerFirst ? firstSeq : nextSeq();
            insertStreamEvent.setLong(1, seeded.centerId());
            insertStreamEvent.setLong(2, seq);
            insertStreamEvent.setObject(3, at);
            insertStreamEvent.setString(4, "{\"type\":\"ticket.issued\",\"seq\":" + seq + ",\"ticket\":{\"id\":\""
                    + id + "\",\"number\":\"" + prefix + String.format("%03d", number) + "\"}}");
            insertStreamEvent.executeUpdate();
            c.commit();
        }

        /** Locks the center row by advancing its event seq, and reads the seq. */
        private long nextSeq() throws SQLException {
            lockCenter.setLong(1, seeded.centerId());
            lockCenter.executeUpdate();
            readSeq.setLong(1, seeded.centerId());
            try (ResultSet r = readSeq.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
