package dev.polyglot.bench.opensearch;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.embedded.StartTimeoutChecks;
import org.junit.jupiter.api.Test;

/** A real embedded OpenSearch given one second to answer HTTP (it needs 10 s or more) fails cleanly. */
@LiveEngineTest
class OpenSearchStartTimeoutTest {
    @Test
    void aBoundTooShortIsUnavailableNamingTheBoundAndLeavesNoChildAndNoHome() throws Exception {
        StartTimeoutChecks.aBoundTooShortLeavesNothing("opensearch", bound -> new OpenSearchChildServer(bound).start(note -> {}));
    }
}
