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

    /** Whole dollars with thousands separators: "$12,720". */
    static String usd(double v) { return String.format(java.util.Locale.ROOT, "$%,d", Math.round(v)); }

    /** "$5,071 ($5,000 + 0.13 x $560 + $1 of storage)": fixed, the nodes paid for (a share below one node), storage. */
    static String cost(Advice.PortfolioEntry p) { return usd(p.cost().usdPerMonth()) + " (" + costBasis(p) + ")"; }

    /** "$5,000 + 0.13 x $560 + $1 of storage". */
    static String costBasis(Advice.PortfolioEntry p) {
        return usd(p.cost().fixed()) + " + " + Numbers.trim(p.cost().billedNodes()) + " x " + usd(p.cost().perNode())
                + (p.cost().storage() >= 0.5 ? " + " + usd(p.cost().storage()) + " of storage" : "");
    }

    /** The sentence that states the total and its unit. */
    static String totalCost(Advice a) {
        return "Estimated running cost: " + usd(a.cost().usdPerMonth()) + " a month in US dollars"
                + (a.cost().headroomUsdPerMonth() > 0 ? " (" + usd(a.cost().headroomUsdPerMonth()) + " more with the headroom engine)" : "")
                + "; per engine, a fixed cost of running it, its nodes and its storage at list prices (catalog figures, docs/model.md).";
    }

    static String assumes(Advice.Route r) { return r.workload() + " on " + r.engine() + " assumes " + String.join("; ", r.assumes()); }

    static String workloads(Advice.PortfolioEntry p) { return String.join(", ", p.workloads()); }
}
