package dev.polyglot.bench.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What PostgreSQL's catalog and I/O statistics say about the tables, beside {@link PgTableStats}: the unique keys
 * (so equality on one is a point lookup), the block size, and per table the heap and index blocks found in shared
 * buffers versus read in ({@code pg_statio_user_tables}, since the statistics were reset).
 *
 * @param uniqueKeys the column sets of each table's unique indexes, by {@code schema.table}
 * @param blockBytes the server's block size in bytes
 * @param io         {hit, read} blocks per {@code schema.table}
 */
record PgCatalog(Map<String, List<Set<String>>> uniqueKeys, long blockBytes, Map<String, long[]> io) {
    private static final String UNIQUE_KEYS = """
            SELECT n.nspname || '.' || c.relname, array_to_string(array_agg(a.attname ORDER BY a.attnum), ',')
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
            WHERE i.indisunique AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            GROUP BY i.indexrelid, n.nspname, c.relname""";
    private static final String IO = """
            SELECT schemaname || '.' || relname, coalesce(heap_blks_hit, 0) + coalesce(idx_blks_hit, 0),
                   coalesce(heap_blks_read, 0) + coalesce(idx_blks_read, 0) FROM pg_statio_user_tables""";

    PgCatalog {
        uniqueKeys = Map.copyOf(uniqueKeys);
        io = Map.copyOf(io);
    }

    static PgCatalog read(Connection c) throws SQLException {
        Map<String, List<Set<String>>> keys = new LinkedHashMap<>();
        Map<String, long[]> io = new LinkedHashMap<>();
        long block;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(UNIQUE_KEYS)) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new LinkedHashSet<>(Arrays.asList(rs.getString(2).split(","))));
                }
            }
            try (ResultSet rs = st.executeQuery(IO)) {
                while (rs.next()) io.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
            try (ResultSet rs = st.executeQuery("SELECT current_setting('block_size')::bigint")) {
                block = rs.next() ? rs.getLong(1) : 8192;
            }
        }
        return new PgCatalog(keys, block, io);
    }

    List<Set<String>> keysOf(String qualified) { return uniqueKeys.getOrDefault(qualified, List.of()); }

    /** "99.7% of its 12345 block reads hit shared buffers", or empty text when the table has no I/O counted. */
    String hitNote(String qualified) {
        long[] hr = io.getOrDefault(qualified, new long[2]);
        long all = hr[0] + hr[1];
        if (all == 0) return "";
        return String.format(java.util.Locale.ROOT, "%.1f%% of its %d block reads hit shared buffers (pg_statio_user_tables)", 100.0 * hr[0] / all, all);
    }
}
