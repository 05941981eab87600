package dev.polyglot.bench.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One reading of {@code pg_stat_user_tables} for one table: cumulative counters since the statistics were reset,
 * plus its live rows and its size on disk (table, indexes and TOAST).
 */
record PgTableStats(String schema, String table, long seqScan, long seqTupRead, long idxScan, long idxTupFetch,
                    long inserted, long updated, long deleted, long liveRows, long totalBytes) {
    private static final String QUERY = """
            SELECT schemaname, relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0), coalesce(idx_tup_fetch, 0),
                   n_tup_ins, n_tup_upd, n_tup_del, n_live_tup, pg_total_relation_size(relid)
            FROM pg_stat_user_tables WHERE schemaname = coalesce(?, schemaname) ORDER BY schemaname, relname""";

    String qualified() { return schema + "." + table; }

    long scans() { return seqScan + idxScan; }

    long writes() { return inserted + updated + deleted; }

    /** The counters that grew between {@code before} and this reading; sizes are this reading's. */
    PgTableStats minus(PgTableStats before) {
        return new PgTableStats(schema, table, seqScan - before.seqScan, seqTupRead - before.seqTupRead, idxScan - before.idxScan,
                idxTupFetch - before.idxTupFetch, inserted - before.inserted, updated - before.updated, deleted - before.deleted,
                liveRows, totalBytes);
    }

    /** Every user table, or those of {@code schema}, keyed by {@code schema.table}. */
    static Map<String, PgTableStats> read(Connection c, Optional<String> schema) throws SQLException {
        try (var clear = c.createStatement()) {
            clear.execute("SELECT pg_stat_clear_snapshot()");  // a fresh view of the counters, not the transaction's cached one
        }
        Map<String, PgTableStats> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setString(1, schema.orElse(null));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgTableStats t = new PgTableStats(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11));
                    tables.put(t.qualified(), t);
                }
            }
        }
        return tables;
    }
}
