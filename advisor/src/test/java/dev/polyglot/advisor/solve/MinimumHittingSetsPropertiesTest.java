package dev.polyglot.advisor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The exact solver against brute force over every subset of 10 engines. */
class MinimumHittingSetsPropertiesTest {
    private static final int ENGINES = 10;

    @Property(tries = 300)
    void findsExactlyTheMinimumHittingSets(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 1, max = (1 << ENGINES) - 1) Long> sets) {
        MinimumHittingSets.Result result = MinimumHittingSets.find(sets, ENGINES, 100_000);
        int best = Integer.MAX_VALUE;
        Set<Long> all = new HashSet<>();
        for (long candidate = 0; candidate < (1L << ENGINES); candidate++) {
            if (!hitsAll(candidate, sets)) continue;
            int size = Long.bitCount(candidate);
            if (size < best) { best = size; all.clear(); }
            if (size == best) all.add(candidate);
        }
        assertThat(result.size()).isEqualTo(best);
        assertThat(new HashSet<>(result.solutions())).isEqualTo(all);
    }

    @Property(tries = 100)
    void theOrderOfTheSetsDoesNotMatter(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 1, max = (1 << ENGINES) - 1) Long> sets) {
        List<Long> reversed = new ArrayList<>(sets);
        java.util.Collections.reverse(reversed);
        assertThat(MinimumHittingSets.find(reversed, ENGINES, 100_000)).isEqualTo(MinimumHittingSets.find(sets, ENGINES, 100_000));
    }

    private static boolean hitsAll(long candidate, List<Long> sets) {
        for (long s : sets) if ((s & candidate) == 0) return false;
        return true;
    }
}
