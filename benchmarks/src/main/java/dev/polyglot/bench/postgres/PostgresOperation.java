package dev.polyglot.bench.postgres;

import dev.polyglot.bench.engine.Failures;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One worker's connection with the shape's read and write statements prepared once. */
final class PostgresOperation implements Operation {
    private final Connection connection;
    private final PostgresShape shape;
    private final PreparedStatement read;
    private final PreparedStatement write;
    private long writes;

    PostgresOperation(Connection connection, PostgresShape shape) throws SQLException {
        this.connection = connection;
        this.shape = shape;
        this.read = connection.prepareStatement(shape.readSql());
        this.write = connection.prepareStatement(shape.writeSql());
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
