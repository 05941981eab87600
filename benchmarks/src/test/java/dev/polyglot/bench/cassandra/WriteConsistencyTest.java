package dev.polyglot.bench.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteConsistencyTest {
    @Test
    void oneByDefaultQuorumWhenAskedInAnyCaseAndAnythingElseRefusedNamingBoth() {
        assertThat(WriteConsistency.fromEnvironment(Map.of())).isEqualTo(WriteConsistency.ONE);
        assertThat(WriteConsistency.fromEnvironment(Map.of(WriteConsistency.VARIABLE, "quorum"))).isEqualTo(WriteConsistency.QUORUM);
        assertThatThrownBy(() -> WriteConsistency.fromEnvironment(Map.of(WriteConsistency.VARIABLE, "ALL")))
                .hasMessage("CASSANDRA_WRITE_CONSISTENCY must be ONE or QUORUM, was 'ALL'");
    }
}
