package dev.polyglot.bench.postgres;

import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.profile.DraftYaml;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns two readings of {@code pg_stat_statements} into workloads: one per statement called during the sample (at
 * most {@link PostgresProfiler#MAX_STATEMENTS}, busiest first), shape guessed from its text. Statements idle in the
 * sample are left out: the view is cumulative and keeps every statement ever run, migrations and one-offs included.
 */
final class PgStatementWorkloads {
    private PgStatementWorkloads() {}

    static List<DraftWorkload> from(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after,
                                    Map<String, PgTableStats> tables, double seconds) {
        List<DraftWorkload> out = new ArrayList<>();
        busy(before, after).stream()
                .limit(PostgresProfiler.MAX_STATEMENTS)
                .forEach(s -> out.add(workload(s, delta(before, s), tables, seconds)));
        return out;
    }

    /** The statements called during the sample, busiest first (ties: more lifetime calls first, then by text). */
    static List<PgStatementStats> busy(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after) {
        return after.values().stream()
                .filter(s -> delta(before, s).calls() > 0)
                .sorted(Comparator.comparingLong((PgStatementStats s) -> -delta(before, s).calls())
                        .thenComparingLong(s -> -s.calls()).thenComparing(PgStatementStats::query))
                .toList();
    }

    private static PgStatementStats delta(Map<String, PgStatementStats> before, PgStatementStats s) {
        return Optional.ofNullable(before.get(s.id())).map(s::minus).orElse(s);
    }

    private static DraftWorkload workload(PgStatementStats total, PgStatementStats sample, Map<String, PgTableStats> tables, double seconds) {
        SqlShapes.Guess guess = SqlShapes.classify(total.query(), total.rowsPerCall());
        Optional<PgTableStats> table = largestNamedTable(total.query(), tables);
        List<String> sources = new ArrayList<>();
        sources.add("from pg_stat_statements: " + oneLine(total.query(), 160));
        sources.add("shape: " + guess.reason() + "; " + String.format(Locale.ROOT, "%.1f", total.rowsPerCall()) + " rows and "
                + String.format(Locale.ROOT, "%.2f", total.meanMs()) + " ms mean per call over " + total.calls()
                + " calls since the statistics were reset (a mean, not a p99)");
        boolean reads = SqlShapes.reads(total.query());
        sources.add("ops_per_sec = " + sample.calls() + " calls in the " + DraftYaml.number(seconds) + " s sample; read_ratio "
                + (reads ? "1: it only reads" : "0: it writes") + " (merge the reads and writes of one workload by hand)");
        sources.add(table.map(t -> "records, working_set: table " + t.qualified() + " (n_live_tup, pg_total_relation_size)")
                .orElse("TODO: records and working_set (no table of the scope is named in the statement)"));
        OptionalLong rowsPerQuery = rowsRead(guess, total, table);
        if (guess.shape() == Shape.AGGREGATE) {
            sources.add(rowsPerQuery.isPresent() ? "rows_per_query = the table's rows (no WHERE: the aggregate reads them all)"
                    : "TODO: rows_per_query (rows the aggregate reads; it returns " + Math.round(total.rowsPerCall()) + " per call)");
        } else if (rowsPerQuery.isPresent()) {
            sources.add("rows_per_query = rows returned per call");
        }
        return new DraftWorkload(StatementNames.of(total.query()), guess.shape(), Rate.of(sample.calls(), seconds), reads ? 1 : 0,
                table.map(t -> OptionalLong.of(Math.max(0, t.liveRows()))).orElse(OptionalLong.empty()),
                table.map(t -> new ByteSize(Math.max(0, t.totalBytes()))), rowsPerQuery, Consistency.STRONG, Durability.DURABLE, sources);
    }

    /**
     * Rows one call reads: what it returns, except for an aggregate, which reads more than it returns: the named
     * table's rows when it has no WHERE, else unknown.
     */
    static OptionalLong rowsRead(SqlShapes.Guess guess, PgStatementStats total, Optional<PgTableStats> table) {
        if (guess.shape() == Shape.AGGREGATE) {
            boolean filtered = Pattern.compile("\\bwhere\\b", Pattern.CASE_INSENSITIVE).matcher(total.query()).find();
            return table.filter(t -> !filtered && t.liveRows() >= 1).map(t -> OptionalLong.of(t.liveRows())).orElse(OptionalLong.empty());
        }
        return total.rowsPerCall() >= 2 ? OptionalLong.of(Math.round(total.rowsPerCall())) : OptionalLong.empty();
    }

    /**
     * The largest table the statement names as {@code schema.table}, else the largest whose bare name appears as a
     * word in it (unqualified statements rely on search_path, which statistics do not show).
     */
    static Optional<PgTableStats> largestNamedTable(String query, Map<String, PgTableStats> tables) {
        Optional<PgTableStats> qualified = largestMatching(query, tables, PgTableStats::qualified);
        return qualified.isPresent() ? qualified : largestMatching(query, tables, PgTableStats::table);
    }

    private static Optional<PgTableStats> largestMatching(String query, Map<String, PgTableStats> tables, Function<PgTableStats, String> name) {
        return tables.values().stream()
                .filter(t -> Pattern.compile("(?<![\\w.])" + Pattern.quote(name.apply(t)) + "\\b", Pattern.CASE_INSENSITIVE).matcher(query).find())
                .max(Comparator.comparingLong(PgTableStats::totalBytes));
    }

    static String oneLine(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
