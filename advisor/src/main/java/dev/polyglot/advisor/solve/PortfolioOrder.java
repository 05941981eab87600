package dev.polyglot.advisor.solve;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * How equally small portfolios are ranked: lower running cost (USD a month, whole dollars), then more
 * incumbents ({@code prefer}), then more generalists, then the larger worst-case budget margin, then catalog
 * order (lowest engine indexes first), so the choice never depends on the order of workloads.
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
        return byCost
                .thenComparing(p -> -Long.bitCount(p & preferred))
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
