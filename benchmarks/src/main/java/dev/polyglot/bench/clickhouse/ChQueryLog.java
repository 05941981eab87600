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
 * by text, with the rows they read and wrote. The log holds only queries run with {@code log_queries=1}.
 */
record ChQueryLog(List<Entry> entries) {
    /** The look-back window, seconds: rates are averages over it. */
    static final int WINDOW_SECONDS = 3600;
    /** At most this many distinct query texts are read. */
    static final int MAX_TEXTS = 10_000;

    /** One query text: how often it finished, and the rows all those runs read and wrote. */
    record Entry(String query, long count, long readRows, long writtenRows) {
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
    }

    static boolean exists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count() FROM system.tables WHERE database = 'system' AND name = 'query_log'")) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    static ChQueryLog read(Connection c) throws SQLException {
        // type 2 = QueryFinish; queries on system tables (this profiler's own among them) are left out.
        String sql = "SELECT query, count(), sum(read_rows), sum(written_rows) FROM system.query_log"
                + " WHERE type = 2 AND is_initial_query AND event_time > now() - " + WINDOW_SECONDS
                + " AND positionCaseInsensitive(query, 'system.') = 0 GROUP BY query ORDER BY count() DESC LIMIT " + MAX_TEXTS;
        List<Entry> entries = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) entries.add(new Entry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
        return new ChQueryLog(entries);
    }

    /** The entries that name {@code database.table}, or {@code table} unqualified (another database's table of that name is not it). */
    List<Entry> naming(String database, String table) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_.`])(" + Pattern.quote(database) + "\\.|`" + Pattern.quote(database) + "`\\.)?`?"
                + Pattern.quote(table) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE);
        return entries.stream().filter(e -> word.matcher(e.query()).find()).toList();
    }
}
