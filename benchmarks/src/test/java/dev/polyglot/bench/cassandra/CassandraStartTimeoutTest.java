package dev.polyglot.bench.cassandra;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.embedded.StartTimeoutChecks;
import org.junit.jupiter.api.Test;

/** A real embedded Cassandra given one second to open its native port (it needs 20 s or more) fails cleanly. */
@LiveEngineTest
class CassandraStartTimeoutTest {
    @Test
    void aBoundTooShortIsUnavailableNamingTheBoundAndLeavesNoChildAndNoHome() throws Exception {
        StartTimeoutChecks.aBoundTooShortLeavesNothing("cassandra", bound -> new CassandraChildServer(bound).start(note -> {}));
    }
}
