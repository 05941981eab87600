package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialGraphTest {
    @ParameterizedTest
    @ValueSource(longs = {2, 5, 11, 12, 1_000})
    void everyPersonFollowsDistinctOthersAndNeverThemselves(long people) {
        assertThat(SocialGraph.fanOut(people)).isEqualTo((int) Math.min(10, people - 1));
        Set<String> edges = new HashSet<>();
        for (long e = 0; e < SocialGraph.edges(people); e++) {
            long s = SocialGraph.source(e, people), t = SocialGraph.target(e, people);
            assertThat(s).isBetween(0L, people - 1);
            assertThat(t).isBetween(0L, people - 1).isNotEqualTo(s);
            assertThat(edges.add(s + ">" + t)).as("edge %d>%d twice", s, t).isTrue();
        }
        assertThat(edges).hasSize((int) (people * SocialGraph.fanOut(people)));
    }

    @ParameterizedTest
    @ValueSource(longs = {2, 3, 1_000})
    void aNewFollowIsOfSomeoneElse(long people) {
        for (long seq = 0; seq < 50; seq++) assertThat(SocialGraph.someoneElse(1, seq, people)).isBetween(0L, people - 1).isNotEqualTo(1L);
    }
}
