package dev.polyglot.bench.report;

import dev.polyglot.bench.load.LatencySummary;
import java.util.List;
import java.util.Locale;

/** The text table on standard output: one row per result, latencies beside the budget, then each verdict's reason. */
public final class ResultsTable {
    private ResultsTable() {}

    public static String render(List<BenchResult> results) {
        int nameWidth = Math.max(8, results.stream().mapToInt(r -> r.workload().length()).max().orElse(8));
        boolean estimates = results.stream().anyMatch(r -> r.estimate().isPresent());
        String format = "%-" + nameWidth + "s  %-10s  %10s  %10s  %8s  %8s  %8s  %9s  " + (estimates ? "%9s  %9s  " : "%s%s") + "%s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "workload", "engine", "target/s", "achieved/s", "p50 ms", "p99 ms", "p99.9 ms", "budget ms",
                estimates ? "est. ms" : "", estimates ? "meas/est" : "", "verdict"));
        for (BenchResult r : results) {
            LatencySummary l = r.latency();
            out.append(String.format(Locale.ROOT, format, r.workload(), r.engine(),
                    r.plan().rate().isPresent() ? num(r.plan().rate().getAsDouble()) : "max", num(r.run().achievedOpsPerSec()),
                    num(l.p50()), num(l.p99()), num(l.p999()), r.budget().isPresent() ? num(r.budget().getAsDouble()) : "-",
                    estimates ? r.estimate().map(e -> Double.isInfinite(e.p99Ms()) ? "saturated" : num(e.p99Ms())).orElse("-") : "",
                    estimates ? (r.measuredOverEstimate().isPresent() ? num(r.measuredOverEstimate().getAsDouble()) + "x" : "-") : "",
                    r.verdict().id()));
        }
        for (BenchResult r : results) {
            out.append(String.format(Locale.ROOT, "%s on %s: %s; %d operations, %d errors", r.workload(), r.engine(), r.judgement().reason(),
                    r.run().operations(), r.run().errors()));
            if (r.load().reused()) out.append("; data set reused");
            else out.append(String.format(Locale.ROOT, "; loaded %d records at %s records/s", r.load().records(), num(r.load().recordsPerSecond())));
            r.writes().phrases().forEach(w -> out.append("; ").append(w));
            out.append(System.lineSeparator());
        }
        for (BenchResult r : results) {
            r.search().ifPresent(search -> {
                out.append(String.format(Locale.ROOT, "%s on %s: highest rate within the budget %s ops/s", r.workload(), r.engine(),
                        num(search.maxWithinBudget())));
                r.estimate().filter(e -> e.stopsFittingAt().isPresent()).ifPresent(e -> out.append(String.format(Locale.ROOT,
                        "; advise says the route stops fitting at %s ops/s", num(e.stopsFittingAt().getAsDouble()))));
                out.append(System.lineSeparator());
                for (RateSearch.Step step : search.steps()) {
                    out.append(String.format(Locale.ROOT, "  step %10s/s  achieved %10s/s  p99 %9s ms  busy %3.0f%%  %s%n", num(step.target()),
                            num(step.achieved()), num(step.p99Ms()), step.busy() * 100, step.verdict().id()));
                }
            });
        }
        for (BenchResult r : results) {
            r.estimate().ifPresent(e -> {
                out.append(String.format(Locale.ROOT, "%s on %s: ran %s; the model reads %s (catalog %s)%n", r.workload(), r.engine(),
                        e.operation(), e.reading(), e.catalog()));
                String callout = callout(r);
                if (!callout.isEmpty()) out.append(callout).append(System.lineSeparator());
            });
        }
        return out.toString();
    }

    /**
     * One line when the measurement is more than {@value AdvisorEstimate#OFF_BY} times off the estimate: the catalog
     * figure to recalibrate, or, when the run did not hold its rate, that the p99 is this host's queue at its own
     * capacity (a small host asked for a catalog node's rate), which no figure of the catalog's node would fix; empty
     * otherwise.
     */
    public static String callout(BenchResult r) {
        if (r.estimate().isEmpty() || !r.estimate().get().off(r.latency().p99())) return "";
        AdvisorEstimate e = r.estimate().get();
        String off = String.format(Locale.ROOT, "! %s on %s: measured p99 %s ms is %sx the estimate %s ms (outside 0.5-2x)", r.workload(), r.engine(),
                num(r.latency().p99()), num(r.measuredOverEstimate().getAsDouble()), num(e.p99Ms()));
        if (!Judgement.rateHeld(r.plan(), r.run())) {
            return off + String.format(Locale.ROOT, ": this host served %s of the %s ops/s asked, so the p99 is its own queue, not the model's node"
                    + " (%s ops/s); compare at a rate it holds (--rate-scale) or measure its capacity (--find-max)", num(r.run().achievedOpsPerSec()),
                    num(r.plan().rate().getAsDouble()), num(e.capacityOpsPerSec()));
        }
        return off + ": recalibrate " + e.figure() + " (polyglot calibrate, then --catalog)";
    }

    static String num(double v) {
        if (v >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (v >= 10) return String.format(Locale.ROOT, "%.1f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
