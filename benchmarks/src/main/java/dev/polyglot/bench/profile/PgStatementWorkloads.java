package dev.polyglot.bench.profile;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Turns two readings of {@code pg_stat_statements} into workloads: one per busy statement, shape guessed from its text. */
final class PgStatementWorkloads {
    private PgStatementWorkloads() {}

    static List<DraftWorkload> from(Map<String, PgStatementStats> before, Map<String, PgStatementStats> after,
                                    Map<String, PgTableStats> tables, double seconds) {
        List<DraftWorkload> out = new ArrayList<>();
        after.values().stream()
                .filter(s -> s.calls() > 0)
                .sorted(Comparator.comparingLong((PgStatementStats s) -> -delta(before, s).calls()).thenComparingLong(s -> -s.calls()))
                .limit(PostgresProfiler.MAX_STATEMENTS)
                .forEach(s -> out.add(workload(s, delta(before, s), tables, seconds)));
        return out;
    }

    private static PgStatementStats delta(Map<String, PgStatementStats> before, PgStatementStats s) {
        return Optional.ofNullable(before.get(s.id())).map(s::minus).orElse(s);
    }

    private static DraftWorkload workload(PgStatementStats total, PgStatementStats sample, Map<String, PgTableStats> tables, double seconds) {
        SqlShapes.Guess guess = SqlShapes.classify(total.query(), total.rowsPerCall());
        Optional<PgTableStats> table = largestNamedTable(total.query(), tables);
        List<String> sources = new ArrayList<>();
        sources.add("from pg_stat_statements: " + oneLine(total.query(), 100));
        sources.add("shape: " + guess.reason() + "; " + total.calls() + " calls, " + String.format(Locale.ROOT, "%.1f", total.rowsPerCall())
                + " rows and " + String.format(Locale.ROOT, "%.2f", total.meanMs()) + " ms mean per call (the mean is no p99)");
        sources.add("ops_per_sec = calls over the sample" + (sample.calls() > 0 ? "" : " (none in the sample)")
                + "; read_ratio = 1 for a SELECT, 0 for a write: merge the reads and writes of one workload by hand");
        sources.add(table.map(t -> "records, working_set: table " + t.qualified() + " (n_live_tup, pg_total_relation_size)")
                .orElse("TODO: records and working_set (no table of the scope is named in the statement)"));
        return new DraftWorkload(oneLine(total.query(), 60), guess.shape(), Rate.of(sample.calls(), seconds), SqlShapes.reads(total.query()) ? 1 : 0,
                table.map(t -> OptionalLong.of(Math.max(0, t.liveRows()))).orElse(OptionalLong.empty()),
                table.map(t -> new ByteSize(Math.max(0, t.totalBytes()))),
                total.rowsPerCall() >= 2 ? OptionalLong.of(Math.round(total.rowsPerCall())) : OptionalLong.empty(),
                Consistency.STRONG, Durability.DURABLE, sources);
    }

    /** The largest table whose name appears as a word in the statement. */
    static Optional<PgTableStats> largestNamedTable(String query, Map<String, PgTableStats> tables) {
        return tables.values().stream()
                .filter(t -> Pattern.compile("\\b" + Pattern.quote(t.table()) + "\\b", Pattern.CASE_INSENSITIVE).matcher(query).find())
                .max(Comparator.comparingLong(PgTableStats::totalBytes));
    }

    static String oneLine(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
