package dev.polyglot.bench.postgres;

import dev.polyglot.bench.profile.QueryText;
import dev.polyglot.bench.profile.SampleWindow;
import dev.polyglot.bench.profile.DraftYaml;
import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
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
 * of {@code pg_stat_statements}, or one per busy table of {@code pg_stat_user_tables}, as {@link ProfileSource}
 * chooses ({@code auto}: statements when the extension can be read). Never reads a user table.
 */
public final class PostgresProfiler {
    /** At most this many statements become workloads, busiest first. */
    static final int MAX_STATEMENTS = 20;

    private PostgresProfiler() {}

    /** @throws EngineUnavailableException also when {@code --from statements} is asked for and the extension cannot be read */
    public static Draft profile(ProfileRequest request) throws InterruptedException {
        try (Connection c = PostgresBinding.connect(request.endpoint())) {
            try (Statement st = c.createStatement()) {
                st.execute("SET default_transaction_read_only = on");  // a profile never writes
            }
            List<String> notes = new ArrayList<>();
            notes.add("Read from postgres at " + request.endpoint() + request.scopeNote() + ", counters sampled " + request.sample().toMillis() + " ms apart.");
            Optional<String> unreadable = request.source() == ProfileSource.TABLES ? Optional.empty() : PgStatementStats.unreadable(c);
            if (request.source() == ProfileSource.STATEMENTS && unreadable.isPresent()) {
                throw new EngineUnavailableException("--from statements: postgres at " + request.endpoint() + ": " + unreadable.get()
                        + "; use --from tables, or set the extension up (docs/profile.md)");
            }
            unreadable.ifPresent(why -> notes.add(why + ": drafting from table statistics instead."));
            boolean statements = request.source() != ProfileSource.TABLES && unreadable.isEmpty();
            List<SampleWindow> window = new ArrayList<>(1);
            List<DraftWorkload> workloads = statements ? statementWorkloads(c, request, notes, window) : tableWorkloads(c, request, notes);
            return new Draft(request.system(), PostgresDriver.ENGINE, workloads, notes, window.stream().findFirst());
        } catch (SQLException e) {
            throw new EngineUnavailableException(PostgresDriver.ENGINE, request.endpoint(), "reading statistics failed (SQLSTATE " + e.getSQLState() + ")");
        }
    }

    private static List<DraftWorkload> statementWorkloads(Connection c, ProfileRequest request, List<String> notes, List<SampleWindow> window)
            throws SQLException, InterruptedException {
        PgWindow opened = PgWindow.read(c, true);
        SampleWindow.Reading<Map<String, PgStatementStats>> first = SampleWindow.Reading.take(() -> PgStatementStats.read(c));
        Thread.sleep(request.sample().toMillis());
        SampleWindow.Reading<Map<String, PgStatementStats>> second = SampleWindow.Reading.take(() -> PgStatementStats.read(c));
        Map<String, PgStatementStats> before = first.value();
        Map<String, PgStatementStats> after = second.value();
        window.add(new SampleWindow(first.at(), second.at()));
        double seconds = window.get(0).seconds();  // the readings' own distance: the rates' denominator
        refuseBrokenWindow(request, opened.brokenSince(PgWindow.read(c, true))
                .or(() -> PgStatementWorkloads.wentBackwards(before, after).map(s -> "a statement's calls went down (its entry was reset): "
                        + QueryText.oneLine(s.query(), 80))));
        Map<String, PgTableStats> tables = PgTableStats.read(c, request.scope());
        List<DraftWorkload> workloads = PgStatementWorkloads.from(before, after, tables, PgCatalog.read(c), request.scope().isPresent(), seconds);
        notes.add("Source: pg_stat_statements, statements called during the " + DraftYaml.number(Math.round(seconds * 1000) / 1000.0)
                + " s between the readings (" + window.get(0).start() + " to " + window.get(0).end() + "), merged by table and access path into " + workloads.size() + " workloads"
                + (request.scope().isPresent() ? " (statements whose table is in the scope)" : "") + "; window checked: no restart, reset or eviction.");
        return workloads;
    }

    /** Refuses to draft from a difference across a restart, a statistics reset or an eviction. */
    private static void refuseBrokenWindow(ProfileRequest request, Optional<String> broken) {
        if (broken.isPresent()) {
            throw new EngineUnavailableException("postgres at " + request.endpoint() + ": the counters cannot be compared across the sample: "
                    + broken.get() + "; nothing drafted (profile again; polyglot never resets statistics)");
        }
    }

    private static List<DraftWorkload> tableWorkloads(Connection c, ProfileRequest request, List<String> notes) throws SQLException, InterruptedException {
        PgWindow opened = PgWindow.read(c, false);
        Map<String, PgTableStats> before = PgTableStats.read(c, request.scope());
        Thread.sleep(request.sample().toMillis());
        Map<String, PgTableStats> after = PgTableStats.read(c, request.scope());
        refuseBrokenWindow(request, opened.brokenSince(PgWindow.read(c, false)));
        notes.add("Source: pg_stat_user_tables, one workload per table with any recorded activity.");
        return tableWorkloads(before, after, request.sampleSeconds());
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
