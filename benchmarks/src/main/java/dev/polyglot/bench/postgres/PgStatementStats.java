package dev.polyglot.bench.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of {@code pg_stat_statements} (PostgreSQL 13 or later) for one normalized statement of the current
 * database: cumulative calls, execution time in milliseconds (its sum and its sum of squares, from the mean and the
 * population stddev the view keeps, so a difference of two readings gives the sample's own mean and stddev), rows,
 * and shared buffer blocks hit or read.
 */
record PgStatementStats(String id, String query, long calls, double totalMs, double sumSqMs, long rows, long blocks) {
    /**
     * Statements of the current database that read or write data (utility statements such as DDL, SET or BEGIN are
     * no workloads), except the monitoring's own. Scoping to a schema happens after parsing (statements often name
     * tables unqualified).
     */
    private static final String QUERY = """
            SELECT queryid::text || ':' || userid::text, query, calls, total_exec_time,
                   calls * (stddev_exec_time * stddev_exec_time + mean_exec_time * mean_exec_time), rows,
                   shared_blks_hit + shared_blks_read FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query ~* '^\\s*(/\\*.*?\\*/\\s*)*\\(*\\s*(select|insert|update|delete|with|values|table|merge)\\y'
              AND query !~* 'pg_stat|pg_catalog|information_schema'""";

    /** The calls, time, rows and blocks that grew between {@code before} and this reading. */
    PgStatementStats minus(PgStatementStats before) {
        return new PgStatementStats(id, query, calls - before.calls, totalMs - before.totalMs, sumSqMs - before.sumSqMs, rows - before.rows,
                blocks - before.blocks);
    }

    double rowsPerCall() { return calls == 0 ? 0 : (double) rows / calls; }

    double meanMs() { return calls == 0 ? 0 : totalMs / calls; }

    /** Why the view cannot be read here (not installed in this database, or not preloaded), or empty when it can. */
    static Optional<String> unreadable(Connection c) {
        try (var st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'")) {
                if (!rs.next()) return Optional.of("pg_stat_statements is not installed in this database (CREATE EXTENSION pg_stat_statements)");
            }
            try (ResultSet rs = st.executeQuery("SELECT total_exec_time FROM pg_stat_statements LIMIT 1")) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            // Installed but not in shared_preload_libraries (SQLSTATE 55000), or older than PostgreSQL 13 (no total_exec_time).
            return Optional.of("pg_stat_statements cannot be read (SQLSTATE " + e.getSQLState() + "; is it in shared_preload_libraries?)");
        }
    }

    /** Statements of the current database, keyed by query id and user. */
    static Map<String, PgStatementStats> read(Connection c) throws SQLException {
        Map<String, PgStatementStats> statements = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgStatementStats s = new PgStatementStats(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getLong(6), rs.getLong(7));
                    statements.put(s.id(), s);
                }
            }
        }
        return statements;
    }
}
