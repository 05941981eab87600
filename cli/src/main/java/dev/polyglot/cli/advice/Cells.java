package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.model.Numbers;

/** The cell texts the human formats share. */
final class Cells {
    private Cells() {}

    static String fit(Advice.Route r) { return r.fit().id() + r.via().map(v -> " (" + v + ")").orElse(""); }

    static String latency(double ms) { return Numbers.latency(ms); }

    static String growth(Advice.GrowthWarning g) {
        String when = g.monthsLeft().isPresent() ? "in about " + Numbers.trim(g.monthsLeft().getAsDouble()) + " months" : "no growth rate given";
        return g.trigger() + ": " + when + g.nextEngine().map(n -> "; then " + n).orElse("; no engine of the catalog serves it at that load");
    }

    static String sync(Advice.SyncEdge e) { return e.from() + " -> " + e.to() + " by " + e.method().id() + ", reads " + e.offers().id(); }

    static String workloads(Advice.PortfolioEntry p) { return String.join(", ", p.workloads()); }
}
