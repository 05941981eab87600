package dev.polyglot.bench.profile;

import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Drafts workloads from PostgreSQL's statistics views, in a read-only session: one workload per busy statement
 * of {@code pg_stat_statements} when that extension is installed, otherwise one per busy table of
 * {@code pg_stat_user_tables}. Never reads a user table.
 */
public final class PostgresProfiler {
    /** At most this many statements become workloads, busiest first. */
    static final int MAX_STATEMENTS = 20;

    private PostgresProfiler() {}

    public static Draft profile(ProfileRequest request) throws InterruptedException {
        try (Connection c = PostgresBinding.connect(request.endpoint())) {
            try (Statement st = c.createStatement()) {
                st.execute("SET default_transaction_read_only = on");  // a profile never writes
            }
            List<String> notes = new ArrayList<>();
            notes.add("Read from postgres at " + request.endpoint() + scopeNote(request) + ", counters sampled " + request.sample().toMillis() + " ms apart.");
            Map<String, PgTableStats> tablesBefore = PgTableStats.read(c, request.scope());
            Optional<Map<String, PgStatementStats>> statementsBefore = statements(c, request, notes);
            Thread.sleep(request.sample().toMillis());
            Map<String, PgTableStats> tables = PgTableStats.read(c, request.scope());
            Optional<Map<String, PgStatementStats>> statementsAfter = statementsBefore.isPresent() ? statements(c, request, notes) : Optional.empty();
            List<DraftWorkload> workloads;
            if (statementsBefore.isPresent() && statementsAfter.isPresent()) {
                notes.add("Source: pg_stat_statements (one workload per busy statement, at most " + MAX_STATEMENTS + ").");
                workloads = PgStatementWorkloads.from(statementsBefore.get(), statementsAfter.get(), tables, request.sampleSeconds());
            } else {
                notes.add("Source: pg_stat_user_tables.");
                workloads = tableWorkloads(tablesBefore, tables, request.sampleSeconds());
            }
            return new Draft(request.system(), Engine.POSTGRES, workloads, notes);
        } catch (SQLException e) {
            throw new EngineUnavailableException(Engine.POSTGRES, request.endpoint(), "reading statistics failed (SQLSTATE " + e.getSQLState() + ")");
        }
    }

    /** A reading of pg_stat_statements, or empty (with a note) when it is not installed or cannot be read. */
    private static Optional<Map<String, PgStatementStats>> statements(Connection c, ProfileRequest request, List<String> notes) {
        try {
            if (PgStatementStats.installed(c)) return Optional.of(PgStatementStats.read(c, request.scope()));
            notes.add("pg_stat_statements is not installed: install it for per-query shapes.");
        } catch (SQLException e) {
            // Installed but not preloaded, or older than PostgreSQL 13: table statistics still work.
            notes.add("pg_stat_statements could not be read (SQLSTATE " + e.getSQLState() + "): using table statistics.");
        }
        return Optional.empty();
    }

    static String scopeNote(ProfileRequest request) {
        return request.scope().map(s -> " (scope " + s + ")").orElse("");
    }

    /** One workload per table with any recorded activity, busiest in the sample first. */
    static List<DraftWorkload> tableWorkloads(Map<String, PgTableStats> before, Map<String, PgTableStats> after, double seconds) {
        List<DraftWorkload> out = new ArrayList<>();
        after.values().stream()
                .filter(t -> t.scans() + t.writes() > 0)
                .sorted(Comparator.comparingLong((PgTableStats t) -> -delta(before, t).scans() - delta(before, t).writes()).thenComparing(PgTableStats::qualified))
                .forEach(t -> out.add(tableWorkload(t, delta(before, t), seconds)));
        return out;
    }

    private static PgTableStats delta(Map<String, PgTableStats> before, PgTableStats t) {
        return Optional.ofNullable(before.get(t.qualified())).map(t::minus).orElse(t.minus(t));
    }

    static DraftWorkload tableWorkload(PgTableStats total, PgTableStats sample, double seconds) {
        TableShape guess = TableShape.guess(total);
        long ops = sample.scans() + sample.writes();
        PgTableStats ratioFrom = ops > 0 ? sample : total;
        double readRatio = (double) ratioFrom.scans() / Math.max(1, ratioFrom.scans() + ratioFrom.writes());
        List<String> sources = List.of(
                "from pg_stat_user_tables " + total.qualified() + ": " + guess.reason(),
                "ops_per_sec = (seq_scan + idx_scan + rows inserted/updated/deleted) over the sample; read_ratio = scans / that"
                        + (ops > 0 ? "" : " (lifetime counters: no activity in the sample)"),
                "records = n_live_tup; working_set = pg_total_relation_size (all of it: narrow it to the hot part)",
                "TODO: check the shape, and weaken consistency if stale reads are acceptable");
        return new DraftWorkload(total.qualified(), guess.shape(), Rate.of(ops, seconds), readRatio, OptionalLong.of(Math.max(0, total.liveRows())),
                Optional.of(new ByteSize(Math.max(0, total.totalBytes()))), guess.rowsPerQuery(), Consistency.STRONG, Durability.DURABLE, sources);
    }
}
