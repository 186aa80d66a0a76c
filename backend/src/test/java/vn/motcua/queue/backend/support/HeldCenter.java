package vn.motcua.queue.backend.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Another transaction holding a center's row with {@code FOR UPDATE}, as a long change would, until closed (then
 * rolled back). Every change of the center waits for it (EventLog.lockCenter).
 */
public final class HeldCenter implements AutoCloseable {

    private final Connection connection;
    private final long id;

    private HeldCenter(Connection connection, long id) {
        this.connection = connection;
        this.id = id;
    }

    public static HeldCenter hold(DataSource dataSource, String code) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM center WHERE code = ? FOR UPDATE")) {
                lock.setString(1, code);
                try (ResultSet r = lock.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("no center " + code);
                    }
                    return new HeldCenter(c, r.getLong(1));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The center's id. */
    public long id() {
        return id;
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
