package vn.motcua.queue.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows many at a time with one multi-row {@code INSERT ... VALUES (...), (...)} statement per chunk:
 * on H2 a JDBC batch still runs one statement per row, this runs one per {@code rowsPerStatement} rows.
 */
final class RowInserter implements AutoCloseable {

    private final Connection connection;
    private final String head;
    private final int[] nullTypes;
    private final int rowsPerStatement;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;

    /** {@code head} = "INSERT INTO t (a, b, c)"; {@code nullTypes} = the java.sql.Types of the columns. */
    RowInserter(Connection connection, String head, int[] nullTypes, int rowsPerStatement) {
        this.connection = connection;
        this.head = head;
        this.nullTypes = nullTypes;
        this.rowsPerStatement = rowsPerStatement;
    }

    void add(Object... values) throws SQLException {
        if (values.length != nullTypes.length) {
            throw new IllegalArgumentException("expected " + nullTypes.length + " values, got " + values.length);
        }
        pending.add(values);
        if (pending.size() == rowsPerStatement) {
            if (full == null) {
                full = connection.prepareStatement(sql(rowsPerStatement));
            }
            execute(full);
        }
    }

    /** Inserts what is pending. */
    void flush() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                execute(rest);
            }
        }
    }

    private void execute(PreparedStatement ps) throws SQLException {
        int index = 1;
        for (Object[] row : pending) {
            for (int column = 0; column < row.length; column++, index++) {
                if (row[column] == null) {
                    ps.setNull(index, nullTypes[column]);
                } else {
                    ps.setObject(index, row[column]);
                }
            }
        }
        ps.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(nullTypes.length, "?")) + ")";
        return head + " VALUES " + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
