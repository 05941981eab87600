package dev.polyglot.advisor.solve;

import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * How equally small portfolios are ranked: lower operational cost, then more incumbents ({@code prefer}),
 * then more generalists, then the larger worst-case budget margin, then catalog order (lowest engine
 * indexes first), so the choice never depends on the order of workloads.
 *
 * @param cost       operational cost per engine index
 * @param preferred  bitmask of incumbents
 * @param generalist bitmask of generalist engines
 * @param margin     worst budget margin of a portfolio (higher is better), computed only when needed
 */
public record PortfolioOrder(double[] cost, long preferred, long generalist, ToDoubleFunction<Long> margin) {
    /** Compares portfolios of the same size; the smaller is the better. */
    public Comparator<Long> comparator() {
        Comparator<Long> byCost = Comparator.comparingDouble(p -> Math.round(costOf(p) * 1e6) / 1e6);
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

    public double costOf(long portfolio) {
        double sum = 0;
        for (long bits = portfolio; bits != 0; bits &= bits - 1) sum += cost[Long.numberOfTrailingZeros(bits)];
        return sum;
    }
}
