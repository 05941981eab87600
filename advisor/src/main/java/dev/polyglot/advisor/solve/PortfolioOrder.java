package dev.polyglot.advisor.solve;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * How equally small portfolios are ranked: more incumbents ({@code prefer}: the format's "chosen over an equally good
 * alternative", and a team keeps the engine it runs unless the count of engines says otherwise: Slack's move to
 * Vitess took three years), then lower running cost (USD a month, whole dollars), then more generalists, then the
 * larger worst-case budget margin, then catalog order (lowest engine indexes first), so the choice never depends on
 * the order of workloads.
 *
 * @param cost       running cost of a portfolio in USD a month (its engines' fixed costs plus their nodes), computed only when needed
 * @param preferred  bitmask of incumbents
 * @param generalist bitmask of generalist engines
 * @param margin     worst budget margin of a portfolio (higher is better), computed only when needed
 */
public record PortfolioOrder(ToDoubleFunction<Long> cost, long preferred, long generalist, ToDoubleFunction<Long> margin) {
    /** Compares portfolios of the same size; the smaller is the better. */
    public Comparator<Long> comparator() {
        Comparator<Long> byCost = Comparator.comparingDouble(p -> Math.round(cost.applyAsDouble(p)));
        Comparator<Long> byIncumbents = Comparator.comparingInt(p -> -Long.bitCount(p & preferred));
        return byIncumbents
                .thenComparing(byCost)
                .thenComparing(p -> -Long.bitCount(p & generalist))
                .thenComparing(Comparator.comparingDouble((Long p) -> -Math.round(margin.applyAsDouble(p) * 1e6) / 1e6))
                .thenComparing(PortfolioOrder::catalogOrder);
    }

    /** The portfolio holding the lowest engine index where the two differ comes first. */
    static int catalogOrder(long a, long b) {
        long differ = a ^ b;
        if (differ == 0) return 0;
        return (a & Long.lowestOneBit(differ)) != 0 ? -1 : 1;
    }
}
