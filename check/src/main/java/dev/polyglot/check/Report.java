package dev.polyglot.check;

import java.util.List;

/**
 * A check's result as the formats print it.
 *
 * @param result    what the rules found
 * @param fresh     the findings that count: all of them, or those the baseline does not accept
 * @param baselined findings the baseline accepts (reported, never failing)
 * @param fixed     baseline entries no longer found: drop them with {@code --update-baseline}
 * @param strict    whether warnings fail the check
 * @param baseline  whether a baseline was used
 */
public record Report(CheckResult result, List<Finding> fresh, List<Finding> baselined, List<BaselineEntry> fixed, boolean strict, boolean baseline) {
    public Report {
        fresh = fresh.stream().sorted(Finding.ORDER).toList();
        baselined = baselined.stream().sorted(Finding.ORDER).toList();
        fixed = List.copyOf(fixed);
    }

    public static Report of(CheckResult result, boolean strict) {
        return new Report(result, result.findings(), List.of(), List.of(), strict, false);
    }

    public static Report of(CheckResult result, Baseline.Comparison comparison, boolean strict) {
        return new Report(result, comparison.fresh(), comparison.accepted(), comparison.fixed(), strict, true);
    }

    public long errors() { return fresh.stream().filter(Finding::isError).count(); }

    public long warnings() { return fresh.size() - errors(); }

    /** Exit code 1 territory: a new error, or a new warning under {@code --strict}. */
    public boolean failed() { return errors() > 0 || (strict && warnings() > 0); }

    /** Whether this finding fails the check (what JUnit and SARIF call an error). */
    public boolean fails(Finding f) { return f.isError() || strict; }
}
