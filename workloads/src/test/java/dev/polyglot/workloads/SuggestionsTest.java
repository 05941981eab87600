package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestKeyWhenItIsClose() {
        assertThat(Suggestions.closest("p99_msec", KeyTable.names(Key.Scope.WORKLOAD))).contains("p99_ms");
        assertThat(Suggestions.closest("ops-per-sec", KeyTable.names(Key.Scope.WORKLOAD))).contains("ops_per_sec");
        assertThat(Suggestions.closest("workload", KeyTable.names(Key.Scope.TOP_LEVEL))).contains("workloads");
    }

    @Test
    void prefersTheCandidateSharingTheLongerStartOnATie() {
        assertThat(Suggestions.closest("mongo", List.of("minio", "mongodb"))).contains("mongodb");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggestions.closest("colour", KeyTable.names(Key.Scope.WORKLOAD))).isEmpty();
        assertThat(Suggestions.closest("xyz", List.of("postgres"))).isEmpty();
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("shpae", "shape")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
