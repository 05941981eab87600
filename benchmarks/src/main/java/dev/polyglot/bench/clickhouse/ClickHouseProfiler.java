package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.profile.QueryText;
import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.ObservedLatency;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Drafts workloads from ClickHouse's system tables: one per table of {@code system.tables}, records and working set
 * from its active {@code system.parts}, and shape, rate and read ratio from the queries that name it in
 * {@code system.query_log} (averaged over the last hour) when that log exists. Never reads a user table.
 */
public final class ClickHouseProfiler {
    /** Rows read per SELECT from which a table's reads count as aggregates. */
    static final long AGGREGATE_ROWS = 10_000;

    private ClickHouseProfiler() {}

    public static Draft profile(ProfileRequest request) {
        try (Connection c = ClickHouseBinding.open(request.endpoint()).connection()) {
            List<String> notes = new ArrayList<>();
            notes.add("Read from clickhouse at " + request.endpoint() + request.scopeNote() + ": system.tables, system.parts.");
            Optional<ChQueryLog> log = ChQueryLog.exists(c) ? Optional.of(ChQueryLog.read(c)) : Optional.empty();
            notes.add(log.isPresent() ? "Rates: system.query_log, queries naming each table, averaged over the last " + ChQueryLog.WINDOW_SECONDS
                    + " s (only queries run with log_queries=1 are logged), grouped by " + log.get().grouping() + "."
                    : "No system.query_log (set log_queries=1): rates and shapes are guesses.");
            List<DraftWorkload> workloads = new ArrayList<>();
            for (ChTableStats t : ChTableStats.read(c, request.scope())) workloads.add(workload(t, log));
            return new Draft(request.system(), ClickHouseDriver.ENGINE, workloads, notes);
        } catch (SQLException e) {
            throw new EngineUnavailableException(ClickHouseDriver.ENGINE, request.endpoint(), "reading system tables failed");
        }
    }

    static DraftWorkload workload(ChTableStats t, Optional<ChQueryLog> log) {
        List<ChQueryLog.Entry> queries = log.map(l -> l.naming(t.database(), t.table())).orElse(List.of());
        long inserts = queries.stream().filter(ChQueryLog.Entry::insert).mapToLong(ChQueryLog.Entry::count).sum();
        long selects = queries.stream().filter(ChQueryLog.Entry::select).mapToLong(ChQueryLog.Entry::count).sum();
        long readRows = queries.stream().filter(ChQueryLog.Entry::select).mapToLong(ChQueryLog.Entry::readRows).sum();
        boolean groups = queries.stream().anyMatch(e -> e.select() && e.groups());
        long rowsPerSelect = selects == 0 ? 0 : readRows / selects;
        Shape shape;
        String why;
        if (selects == 0 && inserts == 0) {
            shape = Shape.AGGREGATE;
            why = "no logged query names it: a column store's usual shape, TODO: check";
        } else if (selects > 0 && (groups || rowsPerSelect >= AGGREGATE_ROWS)) {
            shape = Shape.AGGREGATE;
            why = selects + " SELECTs reading " + rowsPerSelect + " rows each" + (groups ? " with GROUP BY" : "");
        } else {
            shape = Shape.TIME_SERIES;
            why = inserts + " INSERTs and " + selects + " small SELECTs (" + rowsPerSelect + " rows each): appends and window reads";
        }
        double readRatio = selects + inserts == 0 ? shape.defaultReadRatio() : (double) selects / (selects + inserts);
        long hot = queries.stream().filter(ChQueryLog.Entry::select).mapToLong(e -> e.readBytes() / Math.max(1, e.count())).max().orElse(0);
        List<String> sources = List.of(
                "from system.tables " + t.qualified() + " (" + t.engine() + "); shape: " + why,
                "ops_per_sec = logged queries naming the table over " + ChQueryLog.WINDOW_SECONDS + " s; read_ratio = SELECTs / all of them",
                hot > 0 ? "records = rows; working_set = the most bytes one logged SELECT read on average (uncompressed read_bytes), beside"
                        + " bytes_on_disk of its active system.parts (compressed)"
                        : "records = rows, working_set = bytes_on_disk of its active system.parts (compressed: the hot part may be less)",
                "consistency eventual: replicas and async inserts lag; TODO: tighten it if reads must see the last insert");
        return new DraftWorkload(t.qualified(), shape, Rate.of(selects + inserts, ChQueryLog.WINDOW_SECONDS), readRatio,
                OptionalLong.of(Math.max(0, t.rows())), Optional.of(new ByteSize(hot > 0 ? hot : Math.max(0, t.bytes()))),
                shape == Shape.AGGREGATE && rowsPerSelect >= 1 ? OptionalLong.of(rowsPerSelect) : OptionalLong.empty(),
                Consistency.EVENTUAL, Durability.DURABLE, sources, Optional.of(new ByteSize(Math.max(0, t.bytes()))), latency(queries));
    }

    /** The slowest SELECT or INSERT group's exact duration quantiles (query_duration_ms: whole milliseconds); DDL is no workload. */
    static Optional<ObservedLatency> latency(List<ChQueryLog.Entry> all) {
        List<ChQueryLog.Entry> queries = all.stream().filter(e -> e.select() || e.insert()).toList();
        return queries.stream().max(java.util.Comparator.comparingDouble(e -> e.durationMs()[1])).map(e -> new ObservedLatency(e.durationMs()[1], false,
                String.format(java.util.Locale.ROOT, "system.query_log quantiles (exact, whole ms) of the slowest of its %d query groups, %d runs: p50 %s,"
                        + " p99 %s, p99.9 %s ms: %s", queries.size(), e.count(), ObservedLatency.Millis.text(e.durationMs()[0]),
                        ObservedLatency.Millis.text(e.durationMs()[1]), ObservedLatency.Millis.text(e.durationMs()[2]), QueryText.oneLine(e.query(), 100))));
    }
}
