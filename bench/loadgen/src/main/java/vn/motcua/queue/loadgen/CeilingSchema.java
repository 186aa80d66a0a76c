package vn.motcua.queue.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The backend's own schema (its Flyway migration, read from the repository) in an empty database, seeded
 * with one center, its services and a kiosk device, so that the JDBC ceiling writes into the same tables
 * with the same indexes and constraints as the backend does.
 */
final class CeilingSchema {

    static final String CENTER = "HCC-BENCH";

    /** Ids of the seeded rows. */
    record Seeded(long centerId, long deviceId, List<String> serviceCodes) {
    }

    private CeilingSchema() {
    }

    static Seeded create(Connection c, Path migration, List<String> serviceCodes) throws IOException, SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (Path script : scripts(migration)) {
                for (String sql : statements(Files.readString(script))) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO center (code, name, time_zone, opens_at, closes_at, open_days, calling_policy, "
                    + "deadline_cap, rejoin_minutes, version) VALUES ('" + CENTER + "', 'bench', 'Asia/Ho_Chi_Minh', "
                    + "TIME '00:00:00', TIME '23:59:59', '1,2,3,4,5,6,7', 'DEADLINE', 2.0, 15, 0)");
        }
        long centerId = id(c, "SELECT id FROM center WHERE code = '" + CENTER + "'");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO service (center_id, code, name, prefix, "
                + "target_wait_minutes, default_service_minutes, mean_service_seconds, priority_mode, open, "
                + "start_number, normal_streak, seq_last, sort_order, version) "
                + "VALUES (?, ?, ?, ?, 15, 10, 600, 'STRICT', TRUE, 1, 0, 0, ?, 0)")) {
            for (int i = 0; i < serviceCodes.size(); i++) {
                p.setLong(1, centerId);
                p.setString(2, serviceCodes.get(i));
                p.setString(3, serviceCodes.get(i));
                p.setString(4, prefix(i));
                p.setInt(5, i + 1);
                p.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO device (center_id, code, kind, name, token_hash, revoked, version) VALUES ("
                    + centerId + ", 'kiosk-1', 'KIOSK', 'bench kiosk', 'hash-of-bench-token', FALSE, 0)");
        }
        long deviceId = id(c, "SELECT id FROM device WHERE code = 'kiosk-1'");
        return new Seeded(centerId, deviceId, serviceCodes);
    }

    /** A migration script, or every V*.sql of a migration folder in version order. */
    static List<Path> scripts(Path migration) throws IOException {
        if (!Files.isDirectory(migration)) {
            return List.of(migration);
        }
        try (var files = Files.list(migration)) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList();
        }
    }

    /** The statements of a migration script: split at semicolons that end a line, comments dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String prefix(int i) {
        return String.valueOf((char) ('A' + i));
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
