package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.engine.Failures;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One worker's ClickHouse session. A write is one INSERT of {@link dev.polyglot.bench.engine.WriteRows} rows (100 by default; {@code bench --write-rows}), the way an
 * application (or a collector) feeds ClickHouse; a read is one rollup query.
 */
final class ClickHouseOperation implements Operation {
    private final int writeRows;
    private final Connection connection;
    private final ClickHouseShape shape;
    private final PreparedStatement read;
    private final PreparedStatement write;

    ClickHouseOperation(Connection connection, ClickHouseShape shape, int writeRows) throws SQLException {
        this.writeRows = writeRows;
        this.connection = connection;
        this.shape = shape;
        this.read = connection.prepareStatement(shape.readSql());
        this.write = connection.prepareStatement(shape.insertSql());
    }

    @Override public Outcome execute(OpKind kind, long key) {
        try {
            if (kind == OpKind.READ) {
                shape.bindRead(read, key);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) { /* read every row of the rollup */ }
                }
            } else {
                long now = System.currentTimeMillis();
                for (int i = 0; i < writeRows; i++) {
                    // Row numbers below groups() keep the appended points at "now" for their series.
                    shape.bindRow(write, (key + i) % shape.groups(), now);
                    write.addBatch();
                }
                write.executeBatch();
            }
            return Outcome.OK;
        } catch (SQLException e) {
            return Failures.classify(e);
        }
    }

    @Override public void close() {
        try { connection.close(); } catch (SQLException ignored) { /* HTTP connection: nothing held */ }
    }
}
