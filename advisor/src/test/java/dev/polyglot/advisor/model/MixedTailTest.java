package dev.polyglot.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MixedTailTest {
    @Test
    void oneKindAloneHasItsOwnP99() {
        assertThat(MixedTail.p99Ms(1, 3.0, 0, 9.0)).isCloseTo(3.0, within(1e-6));
        assertThat(MixedTail.p99Ms(0, 3.0, 1, 9.0)).isCloseTo(9.0, within(1e-6));
    }

    @Test
    void aKindThatIsOneInTenSetsTheP99AtItsOwnP90() {
        // 10% writes of p99 10 ms beside reads of 1 ms: 1 in 100 operations are the writes' slowest tenth, above
        // 10 * ln(10) / ln(100) = 5 ms; the reads add 0.9 * 0.01^5 above that, nothing.
        assertThat(MixedTail.p99Ms(0.9, 1.0, 0.1, 10.0)).isCloseTo(5.0, within(0.01));
        assertThat(MixedTail.secondWeighsMore(0.9, 1.0, 0.1, 10.0, 5.0)).isTrue();
    }

    @Test
    void aRareSlowKindNudgesTheP99Only() {
        double p99 = MixedTail.p99Ms(0.995, 1.0, 0.005, 10.0);
        assertThat(p99).isGreaterThan(1.0).isLessThan(1.2);
        assertThat(MixedTail.secondWeighsMore(0.995, 1.0, 0.005, 10.0, p99)).isFalse();
    }

    @Test
    void theMixLiesBetweenItsKindsAndGrowsWithTheSlowKindsShare() {
        double previous = 0;
        for (double writes = 0; writes <= 1.0001; writes += 0.05) {
            double p99 = MixedTail.p99Ms(1 - writes, 2.0, writes, 8.0);
            assertThat(p99).isBetween(2.0 - 1e-6, 8.0 + 1e-6).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = p99;
        }
    }
}
