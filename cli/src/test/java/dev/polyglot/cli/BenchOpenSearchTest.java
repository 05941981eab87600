package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polyglot bench --engine elasticsearch} end to end against {@code scripts/engines.sh up opensearch}, and without it. */
@dev.polyglot.bench.LiveEngineTest
class BenchOpenSearchTest {
    @Test
    void aFullTextRunOnOpenSearchWritesTheContractsJsonWithoutErrors(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "opensearch", "--shape", "full-text", "--rate", "30", "--p99", "5000", "--duration", "2s",
                "--warmup", "1s", "--records", "2000", "--connections", "2", "--json", json.toString())).isIn(ExitCode.OK, ExitCode.NO);  // the verdict depends on this shared machine's load, not on the binding

        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).as("opensearch is an alias of the catalog's elasticsearch").isEqualTo("elasticsearch");
        assertThat(r.get("shape").asText()).isEqualTo("full-text");
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("latency_ms").get("p50").asDouble()).isPositive();
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(30);
    }

    @Test
    void anUnreachableOpenSearchIsExit3NamingTheAddressAndTheFixWithoutCredentials() {
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "elasticsearch", "--url", "http://bob:s3cret-pw@127.0.0.1:1", "--duration", "1s"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up opensearch").doesNotContain("s3cret-pw", "Exception");
    }
}
