package dev.polyglot.bench.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One worker's JDBC connection with the shape's read and write statements prepared once; it owns the connection. */
public final class JdbcOperation implements Operation {
    private final Connection connection;
    private final SqlStatements shape;
    private final PreparedStatement read;
    private final PreparedStatement write;
    private long writes;

    /** For a server that bounds each statement itself (a server-side statement timeout set on the connection). */
    public JdbcOperation(Connection connection, SqlStatements shape) throws SQLException { this(connection, shape, 0); }

    /** @param timeoutSeconds a client-side bound on each statement ({@code setQueryTimeout}), 0 for none; for in-process engines */
    public JdbcOperation(Connection connection, SqlStatements shape, int timeoutSeconds) throws SQLException {
        this.connection = connection;
        this.shape = shape;
        this.read = connection.prepareStatement(shape.readSql());
        this.write = connection.prepareStatement(shape.writeSql());
        if (timeoutSeconds > 0) {
            read.setQueryTimeout(timeoutSeconds);
            write.setQueryTimeout(timeoutSeconds);
        }
    }

    @Override public Outcome execute(OpKind kind, long key) {
        try {
            if (kind == OpKind.READ) {
                shape.bindRead(read, key);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) { /* the application reads every row it asked for */ }
                }
            } else {
                shape.bindWrite(write, key, writes++);
                write.executeUpdate();
            }
            return Outcome.OK;
        } catch (SQLException e) {
            return Failures.classify(e);
        }
    }

    @Override public void close() {
        try { connection.close(); } catch (SQLException ignored) { /* the connection may already be gone */ }
    }
}
