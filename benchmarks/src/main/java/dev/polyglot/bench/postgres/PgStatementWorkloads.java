package dev.polyglot.bench.postgres;

import dev.polyglot.bench.profile.QueryText;
import dev.polyglot.bench.profile.ObservedLatency;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.profile.DraftYaml;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns two readings of {@code pg_stat_statements} into workloads: the statements called during the sample are
 * parsed ({@link SqlStatement}), shaped from their SQL and counters together ({@link StatementShape}) and merged by
 * table and access path ({@link StatementGroups}); at most {@link PostgresProfiler#MAX_STATEMENTS} workloads,
 * busiest first. Statements idle in the sample are left out: the view is cumulative and keeps every statement ever
 * run, migrations and one-offs included. With a scope, only statements whose table resolves to one of the scope's
 * tables count (unqualified names are matched by name, as search_path is not in the statistics).
 */
final class PgStatementWorkloads {
    private PgStatementWorkloads() {}

    static List<DraftWorkload> from(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after,
                                    Map<String, PgTableStats> tables, PgCatalog catalog, boolean scoped, double seconds) {
        List<StatementGroups.Use> uses = new ArrayList<>();
        Set<String> appendOnly = new HashSet<>();
        for (PgStatementStats s : busy(before, after)) {
            PgStatementStats sample = delta(before, s);
            SqlStatement sql = SqlStatement.parse(s.query());
            Optional<PgTableStats> table = sql.table().flatMap(name -> resolve(name, tables));
            if (scoped && table.isEmpty()) continue;
            table.filter(t -> t.inserted() > 0 && t.updated() + t.deleted() == 0).ifPresent(t -> appendOnly.add(sql.table().get()));
            StatementShape.Facts facts = new StatementShape.Facts((double) sample.rows() / sample.calls(), (double) sample.blocks() / sample.calls(),
                    table.map(t -> catalog.keysOf(t.qualified())).orElse(List.of()));
            uses.add(new StatementGroups.Use(s.query(), sql, StatementShape.decide(sql, facts), sample.calls(), sample.totalMs(), sample.sumSqMs(),
                    sample.rows(), sample.blocks()));
        }
        return StatementGroups.of(uses, appendOnly).stream().limit(PostgresProfiler.MAX_STATEMENTS)
                .map(g -> workload(g, g.table().isEmpty() ? Optional.empty() : resolve(g.table(), tables), catalog, seconds)).toList();
    }

    /** The statements called during the sample, busiest first (ties: more lifetime calls first, then by text). */
    static List<PgStatementStats> busy(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after) {
        return after.values().stream()
                .filter(s -> delta(before, s).calls() > 0)
                .sorted(Comparator.comparingLong((PgStatementStats s) -> -delta(before, s).calls())
                        .thenComparingLong(s -> -s.calls()).thenComparing(PgStatementStats::query))
                .toList();
    }

    /** A statement whose calls went down between the readings (its entry was reset or evicted and re-made), if any. */
    static Optional<PgStatementStats> wentBackwards(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after) {
        return after.values().stream().filter(s -> before.containsKey(s.id()) && s.calls() < before.get(s.id()).calls()).findFirst();
    }

    private static PgStatementStats delta(Map<String, PgStatementStats> before, PgStatementStats s) {
        return Optional.ofNullable(before.get(s.id())).map(s::minus).orElse(s);
    }

    private static DraftWorkload workload(StatementGroups.Group g, Optional<PgTableStats> table, PgCatalog catalog, double seconds) {
        long calls = g.calls();
        long reads = g.readCalls();
        long blocks = g.members().stream().mapToLong(StatementGroups.Use::blocks).sum();
        List<String> sources = new ArrayList<>();
        sources.add("shape " + g.shape().id() + ": " + g.reason());
        sources.add((g.members().size() == 1 ? "from pg_stat_statements (" : "merged from pg_stat_statements (") + "calls in the "
                + DraftYaml.number(seconds) + " s sample):");
        for (StatementGroups.Use u : g.members()) sources.add("  " + u.calls() + " x " + QueryText.oneLine(u.text(), 150));
        sources.add("ops_per_sec = calls / sample; read_ratio = " + reads + " reading calls of " + calls);
        Optional<ByteSize> total = table.map(t -> new ByteSize(Math.max(0, t.totalBytes())));
        Optional<ByteSize> hot = total.map(t -> blocks > 0 ? new ByteSize(Math.min(t.bytes(), blocks * catalog.blockBytes())) : t);
        table.ifPresentOrElse(t -> {
            String hit = catalog.hitNote(t.qualified());
            sources.add("records = n_live_tup of " + t.qualified() + "; working_set = at most the " + blocks
                    + " buffer blocks the statements touched in the sample (shared_blks_hit + read), at most pg_total_relation_size"
                    + (hit.isEmpty() ? "" : "; " + hit));
        }, () -> sources.add("TODO: records and working_set (no table of the scope is named in the statements)"));
        OptionalLong rowsPerQuery = rowsRead(g, table);
        if (g.shape() == Shape.AGGREGATE) {
            sources.add(rowsPerQuery.isPresent() ? "rows_per_query = the table's rows (no WHERE: the aggregate reads them all)"
                    : "TODO: rows_per_query (rows the aggregate reads)");
        } else if (rowsPerQuery.isPresent()) {
            sources.add("rows_per_query = rows returned per reading call");
        }
        return new DraftWorkload(g.name(), g.shape(), Rate.of(calls, seconds), calls == 0 ? 0 : (double) reads / calls,
                table.map(t -> OptionalLong.of(Math.max(0, t.liveRows()))).orElse(OptionalLong.empty()), hot, rowsPerQuery,
                Consistency.STRONG, Durability.DURABLE, sources, total, latency(g));
    }

    /** The sample's own mean and stddev of all the group's calls (their sums of times and of squared times). */
    static Optional<ObservedLatency> latency(StatementGroups.Group g) {
        long calls = g.calls();
        double sum = g.members().stream().mapToDouble(StatementGroups.Use::sumMs).sum();
        double sumSq = g.members().stream().mapToDouble(StatementGroups.Use::sumSqMs).sum();
        if (calls == 0 || Double.isNaN(sum) || Double.isNaN(sumSq)) return Optional.empty();
        double mean = sum / calls;
        double stddev = Math.sqrt(Math.max(0, sumSq / calls - mean * mean));
        return Optional.of(ObservedLatency.fromMeanAndStddev(mean, stddev, calls, "pg_stat_statements execution time in the sample"));
    }

    /**
     * Rows one call reads: what the reading statements return, except for an aggregate, which reads more than it
     * returns: the table's rows when none of its statements filters, else unknown.
     */
    static OptionalLong rowsRead(StatementGroups.Group g, Optional<PgTableStats> table) {
        if (g.shape() == Shape.AGGREGATE) {
            boolean filtered = g.members().stream().anyMatch(u -> !u.sql().equalities().isEmpty() || !u.sql().ranges().isEmpty());
            return table.filter(t -> !filtered && t.liveRows() >= 1).map(t -> OptionalLong.of(t.liveRows())).orElse(OptionalLong.empty());
        }
        long readCalls = g.readCalls();
        long rows = g.members().stream().filter(u -> u.sql().reads()).mapToLong(StatementGroups.Use::rows).sum();
        double perCall = readCalls == 0 ? 0 : (double) rows / readCalls;
        return perCall >= 2 ? OptionalLong.of(Math.round(perCall)) : OptionalLong.empty();
    }

    /**
     * The table a statement names: {@code schema.table} exactly, or for a bare name the largest table of that name
     * (unqualified statements rely on search_path, which statistics do not show).
     */
    static Optional<PgTableStats> resolve(String written, Map<String, PgTableStats> tables) {
        String name = written.toLowerCase(Locale.ROOT);
        if (name.contains(".")) return tables.values().stream().filter(t -> t.qualified().equalsIgnoreCase(name)).findFirst();
        return tables.values().stream().filter(t -> t.table().equalsIgnoreCase(name)).max(Comparator.comparingLong(PgTableStats::totalBytes));
    }
}
