package dev.polyglot.bench.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must not change between the two readings of PostgreSQL's cumulative counters for their difference to mean
 * anything: the server's start time, the database's statistics reset, and pg_stat_statements' own reset and
 * eviction count ({@code pg_stat_statements_info}, PostgreSQL 14+). Read, never changed.
 *
 * @param started    {@code pg_postmaster_start_time()}
 * @param dbReset    {@code pg_stat_database.stats_reset} of this database (empty if never reset)
 * @param statements {@code dealloc} and {@code stats_reset} of pg_stat_statements_info, or empty where the view is
 *                   missing (PostgreSQL 13, or the statements path not in use)
 */
record PgWindow(String started, Optional<String> dbReset, Optional<String> statements) {
    static PgWindow read(Connection c, boolean statementsInfo) throws SQLException {
        String started;
        Optional<String> dbReset;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_postmaster_start_time()::text, (SELECT stats_reset::text FROM pg_stat_database"
                     + " WHERE datname = current_database())")) {
            rs.next();
            started = rs.getString(1);
            dbReset = Optional.ofNullable(rs.getString(2));
        }
        Optional<String> info = Optional.empty();
        if (statementsInfo) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 'dealloc ' || dealloc || ', stats_reset ' || stats_reset FROM pg_stat_statements_info")) {
                if (rs.next()) info = Optional.of(rs.getString(1));
            } catch (SQLException e) {
                info = Optional.empty();  // PostgreSQL 13: no such view; the calls check below still catches resets
            }
        }
        return new PgWindow(started, dbReset, info);
    }

    /** Why the counters of {@code before} and this reading cannot be subtracted, or empty when they can. */
    Optional<String> brokenSince(PgWindow before) {
        List<String> why = new ArrayList<>();
        if (!started.equals(before.started)) why.add("the server restarted (" + before.started + " -> " + started + ")");
        if (!dbReset.equals(before.dbReset)) why.add("the database's statistics were reset (stats_reset " + dbReset.orElse("none") + ")");
        if (!statements.equals(before.statements)) {
            why.add("pg_stat_statements was reset or evicted statements (pg_stat_statements_info: " + before.statements.orElse("?")
                    + " -> " + statements.orElse("?") + ")");
        }
        return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
    }
}
