package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteConsistencyTest {
    @Test
    void eitherLevelInAnyCaseIsReadAndAnythingElseIsNot() {
        assertThat(WriteConsistency.parse("quorum")).contains(WriteConsistency.QUORUM);
        assertThat(WriteConsistency.parse(" One ")).contains(WriteConsistency.ONE);
        assertThat(WriteConsistency.parse("ALL")).isEmpty();
        assertThat(WriteConsistency.parse("")).isEmpty();
        assertThat(WriteConsistency.listed()).isEqualTo("ONE or QUORUM");
        assertThat(WriteConsistency.DEFAULT).isEqualTo(WriteConsistency.ONE);
    }
}
