package dev.polyglot.bench.profile;

import dev.polyglot.workloads.Durability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@link Draft} as a version-1 workloads file, with a comment on each workload saying which statistic
 * each figure came from and what the user must still decide. Names are made unique by numbering repeats.
 */
public final class DraftYaml {
    private DraftYaml() {}

    public static String render(Draft draft) {
        StringBuilder y = new StringBuilder();
        y.append("# Draft workloads file drafted by `polyglot profile` from ").append(draft.engine().id()).append(" statistics.\n");
        for (String note : draft.notes()) y.append("# ").append(note).append('\n');
        y.append("# Review every workload: rates are what the statistics saw (profile at peak), shapes are read from the\n");
        y.append("# statements and statistics, and a budget is yours to set: each p99_ms is marked TODO, suggested from the\n");
        y.append("# latency the engine observed where it shows one, else a seed-004 default.\n");
        y.append("version: 1\n");
        y.append("system: ").append(quote(draft.system())).append('\n');
        y.append("constraints:\n  prefer: [").append(draft.engine().id()).append("]   # the engine these statistics came from\n");
        y.append("workloads:\n");
        Set<String> used = new HashSet<>();
        for (DraftWorkload w : draft.workloads()) appendWorkload(y, w, unique(w.name(), used));
        return y.toString();
    }

    private static void appendWorkload(StringBuilder y, DraftWorkload w, String name) {
        y.append("  - name: ").append(quote(name)).append('\n');
        for (String source : w.sources()) y.append("    # ").append(source).append('\n');
        y.append("    shape: ").append(w.shape().id()).append('\n');
        y.append("    ops_per_sec: ").append(number(w.opsPerSec().perSecond()));
        if (w.opsPerSec().floored()) {
            y.append("   # measured ").append(number(w.opsPerSec().measured())).append(" ops/s, floored at ").append(number(Rate.FLOOR))
                    .append(": set your peak rate");
        }
        y.append('\n');
        y.append("    read_ratio: ").append(number(w.readRatio())).append('\n');
        w.latency().ifPresent(l -> y.append("    # observed: ").append(l.detail()).append('\n'));
        y.append("    p99_ms: ").append(w.latency().map(l -> number(Budgets.suggestedP99Ms(l)) + "   # TODO: set your budget (suggested: twice the observed p99 of "
                        + ObservedLatency.Millis.text(l.p99Ms()) + " ms" + (l.estimate() ? ", an estimate" : "") + ", rounded up, at least "
                        + number(Budgets.MIN_SUGGESTED_MS) + " ms)")
                .orElse(number(Budgets.defaultP99Ms(w.shape())) + "   # TODO: set your budget (seed 004 default for " + w.shape().id()
                        + ": no latency observed)")).append('\n');
        w.records().ifPresent(r -> y.append("    records: ").append(r).append('\n'));
        w.workingSet().ifPresent(s -> y.append("    working_set: ").append(SizeText.of(s.bytes()))
                .append(w.totalSize().filter(t -> !SizeText.of(t.bytes()).equals(SizeText.of(s.bytes()))).map(t -> "   # total size " + SizeText.of(t.bytes())).orElse(""))
                .append('\n'));
        w.rowsPerQuery().ifPresent(r -> y.append("    rows_per_query: ").append(r).append('\n'));
        y.append("    consistency: ").append(w.consistency().id()).append('\n');
        if (w.durability() == Durability.EPHEMERAL) y.append("    durability: ephemeral\n");
    }

    /** The name, or {@code name (2)}, {@code name (3)} ... when taken. */
    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) candidate = name + " (" + n + ")";
        return candidate;
    }

    /** Up to four decimals, no exponent, no trailing zeros. */
    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A double-quoted YAML scalar. */
    static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> q.append(c < 0x20 ? ' ' : c);
            }
        }
        return q.append('"').toString();
    }
}
