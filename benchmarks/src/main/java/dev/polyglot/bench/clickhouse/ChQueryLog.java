package dev.polyglot.bench.clickhouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finished queries of the last {@link #WINDOW_SECONDS} seconds in ClickHouse's {@code system.query_log}, grouped
 * by {@code normalized_query_hash} where the server has it, else (ClickHouse before 20.x, Debian's 18.16 among them)
 * by the text with its string and number literals replaced by {@code ?}; with the rows they read and wrote, the
 * bytes they read, and their exact duration quantiles. The log holds only queries run with {@code log_queries=1}.
 *
 * @param entries  the query groups, busiest first
 * @param grouping how the queries were grouped, for the draft's notes
 */
record ChQueryLog(List<Entry> entries, String grouping) {
    /** The look-back window, seconds: rates are averages over it. */
    static final int WINDOW_SECONDS = 3600;
    /** At most this many distinct query texts are read. */
    static final int MAX_TEXTS = 10_000;

    /** One query group: a text, how often it finished, the rows and bytes all those runs read and wrote, and {p50, p99, p99.9} ms. */
    record Entry(String query, long count, long readRows, long writtenRows, long readBytes, double[] durationMs) {

        boolean insert() { return query.stripLeading().toLowerCase(Locale.ROOT).startsWith("insert"); }

        /** A SELECT (or WITH ... SELECT); DDL and other statements are neither reads nor writes of the workload. */
        boolean select() {
            String q = query.stripLeading().toLowerCase(Locale.ROOT);
            return q.startsWith("select") || q.startsWith("with");
        }

        boolean groups() { return query.toLowerCase(Locale.ROOT).matches("(?s).*\\bgroup\\s+by\\b.*"); }
    }

    ChQueryLog {
        entries = List.copyOf(entries);
        java.util.Objects.requireNonNull(grouping, "grouping");
    }

    /** Literals out of the text: what {@code normalized_query_hash} does, for servers without it. */
    private static final String NORMALISED = "replaceRegexpAll(replaceRegexpAll(query, '\\'[^\\']*\\'', '?'), '\\\\b[0-9]+(\\\\.[0-9]+)?\\\\b', '?')";

    static boolean exists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count() FROM system.tables WHERE database = 'system' AND name = 'query_log'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    static ChQueryLog read(Connection c) throws SQLException {
        boolean hashed;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count() FROM system.columns WHERE database = 'system' AND table = 'query_log' AND name = 'normalized_query_hash'")) {
            hashed = rs.next() && rs.getLong(1) > 0;
        }
        // type 2 = QueryFinish; queries on system tables (this profiler's own among them) are left out.
        String sql = "SELECT any(query), count(), sum(read_rows), sum(written_rows), sum(read_bytes), quantileExact(0.5)(query_duration_ms),"
                + " quantileExact(0.99)(query_duration_ms), quantileExact(0.999)(query_duration_ms) FROM system.query_log"
                + " WHERE type = 2 AND is_initial_query AND event_time > now() - " + WINDOW_SECONDS
                + " AND positionCaseInsensitive(query, 'system.') = 0 GROUP BY " + (hashed ? "normalized_query_hash" : NORMALISED)
                + " ORDER BY count() DESC LIMIT " + MAX_TEXTS;
        List<Entry> entries = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        new double[] {rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)}));
            }
        }
        return new ChQueryLog(entries, hashed ? "normalized_query_hash"
                : "the text with its literals replaced (this server's query_log has no normalized_query_hash)");
    }

    /** The entries that name {@code database.table}, or {@code table} unqualified (another database's table of that name is not it). */
    List<Entry> naming(String database, String table) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_.`])(" + Pattern.quote(database) + "\\.|`" + Pattern.quote(database) + "`\\.)?`?"
                + Pattern.quote(table) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
        return entries.stream().filter(e -> word.matcher(e.query()).find()).toList();
    }
}
