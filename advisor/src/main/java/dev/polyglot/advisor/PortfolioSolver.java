package dev.polyglot.advisor;

import dev.polyglot.advisor.solve.MaxCoverage;
import dev.polyglot.advisor.solve.MinimumHittingSets;
import dev.polyglot.advisor.solve.PortfolioOrder;
import dev.polyglot.workloads.Durability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * The exact smallest portfolio: each served workload needs one of the engines that serve it, and when any
 * durable data is served, one engine must be its durable home. That is a minimum hitting set, solved exactly;
 * equally small answers are ranked by {@link PortfolioOrder}. When {@code max_engines} is below the minimum,
 * the portfolio of that size serving the most workloads is chosen and the rest are unserved. With engines to keep
 * (a projection of today's portfolio), those stay and the fewest engines are added for what they do not serve.
 */
final class PortfolioSolver {
    /** Most equally small portfolios compared for the tie-break; far above what real catalogs produce. */
    static final int SOLUTION_CAP = 50_000;

    /** @param unserved workload index to the reason, in workload order */
    record Solution(long portfolio, Map<Integer, String> unserved) {}

    private PortfolioSolver() {}

    static Solution solve(Evaluation ev) {
        Map<Integer, String> unserved = new TreeMap<>();
        boolean[] served = new boolean[ev.workloads.size()];
        Map<Long, Integer> weights = new LinkedHashMap<>();
        for (int w = 0; w < served.length; w++) {
            if (ev.servers[w] == 0) unserved.put(w, ev.closestMiss(w));
            else { served[w] = true; weights.merge(ev.servers[w], 1, Integer::sum); }
        }
        if (ev.needsHome(served) && ev.homes != 0) weights.merge(ev.homes, served.length, Integer::sum);
        List<Long> sets = new ArrayList<>(weights.keySet());
        int limit = ev.file.constraints().maxEngines().orElse(ev.engines.size());
        PortfolioOrder order = order(ev);
        MinimumHittingSets.Result result = MinimumHittingSets.find(sets, limit, SOLUTION_CAP);
        long portfolio;
        OptionalLong grown = ev.kept == 0 ? OptionalLong.empty() : growKept(ev, sets, limit, order);
        if (grown.isPresent()) {
            portfolio = grown.getAsLong();
        } else if (result.found()) {
            portfolio = result.solutions().stream().min(order.comparator()).orElseThrow();
        } else {
            long[] s = sets.stream().mapToLong(Long::longValue).toArray();
            int[] wts = sets.stream().mapToInt(weights::get).toArray();
            portfolio = MaxCoverage.best(s, wts, limit, order.comparator());
            for (int w = 0; w < served.length; w++) {
                if (served[w] && (ev.servers[w] & portfolio) == 0) {
                    unserved.put(w, "max_engines " + limit + ": only " + names(ev, ev.servers[w]) + " serve it, and the "
                            + limit + "-engine portfolio that serves the most workloads has none of them");
                }
            }
        }
        if ((portfolio & ev.homes) == 0) {
            for (int w = 0; w < served.length; w++) {
                if (served[w] && !unserved.containsKey(w) && ev.workloads.get(w).durability() == Durability.DURABLE) {
                    unserved.put(w, "no allowed engine can be the durable home its derived copies follow");
                }
            }
        }
        return new Solution(portfolio, unserved);
    }

    /**
     * Today's engines plus the fewest that serve what they no longer can, less any of today's engines nothing needs
     * any more; empty when that does not fit in {@code limit} engines.
     */
    private static OptionalLong growKept(Evaluation ev, List<Long> sets, int limit, PortfolioOrder order) {
        if (Long.bitCount(ev.kept) > limit) return OptionalLong.empty();
        List<Long> open = sets.stream().filter(s -> (s & ev.kept) == 0).toList();
        MinimumHittingSets.Result added = MinimumHittingSets.find(open, limit - Long.bitCount(ev.kept), SOLUTION_CAP);
        if (!added.found()) return OptionalLong.empty();
        // Additions that make one of today's engines redundant are a re-plan, not growth: they come last.
        long portfolio = added.solutions().stream().map(s -> pruned(s | ev.kept, ev.kept, p -> sets.stream().allMatch(set -> (set & p) != 0)))
                .min(Comparator.<Long>comparingInt(p -> Long.bitCount(ev.kept & ~p)).thenComparing(order.comparator()))
                .orElseThrow();
        return OptionalLong.of(portfolio);
    }

    /** {@code portfolio} less, one at a time, each engine of {@code candidates} it still {@code serves} without. */
    static long pruned(long portfolio, long candidates, LongPredicate serves) {
        for (long bits = candidates; bits != 0; bits &= bits - 1) {
            long without = portfolio & ~Long.lowestOneBit(bits);
            if (serves.test(without)) portfolio = without;
        }
        return portfolio;
    }

    private static PortfolioOrder order(Evaluation ev) {
        long generalist = 0;
        for (int e = 0; e < ev.engines.size(); e++) if (ev.engines.get(e).generalist()) generalist |= 1L << e;
        Map<Long, Double> margins = new HashMap<>();
        Map<Long, Double> costs = new HashMap<>();
        return new PortfolioOrder(p -> costs.computeIfAbsent(p, q -> Costs.usdMonth(ev, q)), ev.preferred, generalist,
                p -> margins.computeIfAbsent(p, q -> worstMargin(ev, q)));
    }

    /** The smallest budget margin over workloads, each on its best engine of the portfolio. */
    static double worstMargin(Evaluation ev, long portfolio) {
        double worst = 1;
        for (int w = 0; w < ev.workloads.size(); w++) {
            double best = -1;
            for (long bits = ev.servers[w] & portfolio; bits != 0; bits &= bits - 1) {
                best = Math.max(best, ev.fits(w, Long.numberOfTrailingZeros(bits)).margin());
            }
            if (best >= 0) worst = Math.min(worst, best);
        }
        return worst;
    }

    static String names(Evaluation ev, long mask) {
        List<String> out = new ArrayList<>();
        for (long bits = mask; bits != 0; bits &= bits - 1) out.add(ev.engines.get(Long.numberOfTrailingZeros(bits)).id());
        return String.join(", ", out);
    }
}
