package dev.polyglot.advisor.solve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When {@code max_engines} is below the minimum, the portfolios of at most that many engines that serve the
 * most requirements (weighted by how many workloads share each), found exhaustively over the engines that
 * serve anything.
 */
public final class MaxCoverage {
    private MaxCoverage() {}

    /** @return the best portfolio by coverage, ties broken by {@code order} */
    public static long best(long[] sets, int[] weights, int maxEngines, Comparator<Long> order) {
        long universe = 0;
        for (long s : sets) universe |= s;
        int[] engines = bits(universe);
        if (combinations(engines.length, maxEngines) > EXHAUSTIVE_LIMIT) engines = undominated(engines, sets);
        List<Long> best = new ArrayList<>();
        int[] bestCover = {-1};
        combinations(engines, 0, Math.min(maxEngines, engines.length), 0L, sets, weights, best, bestCover);
        best.sort(Comparator.comparingInt(Long::bitCount).thenComparing(order));
        return best.isEmpty() ? 0L : best.get(0);
    }

    private static void combinations(int[] engines, int from, int left, long chosen, long[] sets, int[] weights, List<Long> best, int[] bestCover) {
        if (left == 0 || from == engines.length) {
            int cover = 0;
            for (int i = 0; i < sets.length; i++) if ((sets[i] & chosen) != 0) cover += weights[i];
            if (cover > bestCover[0]) { bestCover[0] = cover; best.clear(); }
            if (cover == bestCover[0]) best.add(chosen);
            return;
        }
        for (int i = from; i < engines.length; i++) {
            combinations(engines, i + 1, left - 1, chosen | (1L << engines[i]), sets, weights, best, bestCover);
        }
    }

    /** Above this many portfolios to try, engines whose covered sets another engine strictly includes are dropped. */
    static final long EXHAUSTIVE_LIMIT = 1_000_000;

    static long combinations(int n, int k) {
        long c = 1;
        for (int i = 1; i <= Math.min(k, n); i++) {
            c = c * (n - i + 1) / i;
            if (c > EXHAUSTIVE_LIMIT * 1000) return c;
        }
        return c;
    }

    /**
     * Engines not strictly dominated: swapping a dominated engine for its dominator never covers less, so the
     * best coverage survives (a cheaper portfolio of equal coverage may not; the price of staying fast).
     */
    static int[] undominated(int[] engines, long[] sets) {
        long[] covers = new long[engines.length];
        for (int i = 0; i < engines.length; i++) {
            for (int s = 0; s < sets.length && s < 64; s++) if ((sets[s] & (1L << engines[i])) != 0) covers[i] |= 1L << s;
        }
        if (sets.length > 64) return engines;
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < engines.length; i++) {
            boolean dominated = false;
            for (int j = 0; j < engines.length && !dominated; j++) {
                dominated = j != i && (covers[i] & covers[j]) == covers[i] && (covers[i] != covers[j] || j < i);
            }
            if (!dominated) kept.add(engines[i]);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] bits(long mask) {
        int[] out = new int[Long.bitCount(mask)];
        int n = 0;
        for (long b = mask; b != 0; b &= b - 1) out[n++] = Long.numberOfTrailingZeros(b);
        return out;
    }
}
