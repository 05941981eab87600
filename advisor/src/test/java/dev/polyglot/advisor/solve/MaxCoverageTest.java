package dev.polyglot.advisor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class MaxCoverageTest {
    private static final Comparator<Long> CATALOG_ORDER = PortfolioOrder::catalogOrder;

    @Test void picksThePortfolioServingTheMostWorkloads() {
        long a = 1, b = 2, c = 4;
        long[] sets = {a, b, c | a, c};
        int[] weights = {1, 3, 1, 1};
        assertThat(MaxCoverage.best(sets, weights, 1, CATALOG_ORDER)).isEqualTo(b);
        // {a, b} and {b, c} both serve 5 workloads: catalog order breaks the tie
        assertThat(MaxCoverage.best(sets, weights, 2, CATALOG_ORDER)).isEqualTo(a | b);
    }

    @Test void dropsOnlyStrictlyDominatedEnginesWhenTheSearchIsHuge() {
        long[] sets = {0b011, 0b010, 0b110};
        // engine 1 hits every set engine 0 and engine 2 hit, and more
        assertThat(MaxCoverage.undominated(new int[] {0, 1, 2}, sets)).containsExactly(1);
        assertThat(MaxCoverage.combinations(40, 8)).isGreaterThan(MaxCoverage.EXHAUSTIVE_LIMIT);
    }
}
