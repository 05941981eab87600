package dev.polyglot.advisor.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact minimum hitting sets over at most 64 engines, each set a bitmask of the engines that can serve one
 * requirement. Identical sets are merged and supersets dropped first (hitting the subset hits them); then
 * iterative deepening tries sizes 1, 2, ... and at each depth branches on the unhit set with the fewest
 * engines, so the first depth with a solution is the minimum and every minimum solution is reached.
 */
public final class MinimumHittingSets {
    private MinimumHittingSets() {}

    /** The answer: the minimum size and the solutions of that size (at most {@code cap}), or none within {@code maxSize}. */
    public record Result(int size, List<Long> solutions, boolean truncated) {
        public boolean found() { return !solutions.isEmpty(); }
    }

    /**
     * @param sets    non-empty bitmasks
     * @param maxSize largest portfolio to try
     * @param cap     most solutions to collect (they are compared afterwards for tie-breaks)
     */
    public static Result find(List<Long> sets, int maxSize, int cap) {
        long[] reduced = reduce(sets);
        if (reduced.length == 0) return new Result(0, List.of(0L), false);
        for (int k = 1; k <= maxSize; k++) {
            Set<Long> found = new HashSet<>();
            boolean[] truncated = {false};
            search(reduced, 0L, k, found, cap, truncated);
            if (!found.isEmpty()) {
                List<Long> sorted = new ArrayList<>(found);
                sorted.sort(Long::compareUnsigned);
                return new Result(k, sorted, truncated[0]);
            }
        }
        return new Result(maxSize + 1, List.of(), false);
    }

    private static void search(long[] sets, long chosen, int left, Set<Long> found, int cap, boolean[] truncated) {
        if (found.size() >= cap) { truncated[0] = true; return; }
        long branch = 0;
        int fewest = Integer.MAX_VALUE;
        int unhit = 0;
        for (long s : sets) {
            if ((s & chosen) != 0) continue;
            unhit++;
            int n = Long.bitCount(s);
            if (n < fewest) { fewest = n; branch = s; }
        }
        if (unhit == 0) { found.add(chosen); return; }
        if (left == 0) return;
        if (left == 1 && unhit > 1) {
            // one engine must hit every remaining set: intersect them
            long common = -1L;
            for (long s : sets) if ((s & chosen) == 0) common &= s;
            for (long bits = common; bits != 0; bits &= bits - 1) found.add(chosen | Long.lowestOneBit(bits));
            return;
        }
        for (long bits = branch; bits != 0; bits &= bits - 1) {
            search(sets, chosen | Long.lowestOneBit(bits), left - 1, found, cap, truncated);
        }
    }

    /** Distinct sets with every superset of another removed, smallest first. */
    static long[] reduce(List<Long> sets) {
        long[] distinct = sets.stream().mapToLong(Long::longValue).distinct()
                .boxed().sorted((x, y) -> Integer.compare(Long.bitCount(x), Long.bitCount(y)) != 0
                        ? Integer.compare(Long.bitCount(x), Long.bitCount(y)) : Long.compareUnsigned(x, y))
                .mapToLong(Long::longValue).toArray();
        long[] kept = new long[distinct.length];
        int n = 0;
        outer:
        for (long s : distinct) {
            if (s == 0) throw new IllegalArgumentException("an empty set cannot be hit");
            for (int i = 0; i < n; i++) if ((kept[i] & s) == kept[i]) continue outer;
            kept[n++] = s;
        }
        return Arrays.copyOf(kept, n);
    }
}
