package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot bench --engine neo4j} end to end: against {@code scripts/engines.sh up neo4j}, against a Neo4j it starts
 * itself ({@code --embedded}), and without one.
 */
@dev.polyglot.bench.LiveEngineTest
class BenchNeo4jTest {
    static JsonNode result(Path json) throws Exception { return new ObjectMapper().readTree(json.toFile()).get("results").get(0); }

    @Test
    void aThreeHopWalkOnNeo4jWritesTheContractsJsonWithoutErrors(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "neo4j", "--shape", "graph-traversal", "--hops", "3", "--rate", "30", "--p99", "5000", "--duration", "2s",
                "--warmup", "1s", "--records", "2000", "--connections", "2", "--json", json.toString())).as("%s", cli.err).isIn(ExitCode.OK, ExitCode.NO);  // the verdict depends on this shared machine's load, not on the binding

        JsonNode r = result(json);
        assertThat(r.get("engine").asText()).isEqualTo("neo4j");
        assertThat(r.get("shape").asText()).isEqualTo("graph-traversal");
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("latency_ms").get("p50").asDouble()).isPositive();
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(30);
    }

    @Test
    void embeddedStartsNeo4jAsAChildRunsOnItAndRemovesIt(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "neo4j", "--embedded", "--shape", "point-lookup", "--rate", "30", "--p99", "5000", "--duration", "2s",
                "--warmup", "1s", "--records", "500", "--json", json.toString())).isIn(ExitCode.OK, ExitCode.NO);

        String err = cli.err.toString();
        assertThat(err).containsPattern("embedded neo4j on 127\\.0\\.0\\.1:\\d+, data in ");
        Path home = Path.of(err.replaceAll("(?s).*data in (\\S+) \\(stopped and removed at the end\\).*", "$1"));
        assertThat(home.getFileName().toString()).startsWith("polyglot-neo4j-");
        assertThat(Files.exists(home)).as("the embedded server's home is removed at the end").isFalse();
        assertThat(result(json).get("errors").asLong()).isZero();
        assertThat(result(json).get("operations").asLong()).isPositive();
    }

    @Test
    void anUnreachableNeo4jIsExit3NamingTheAddressAndTheFixWithoutCredentials() {
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "neo4j", "--url", "bolt://bob:s3cret-pw@127.0.0.1:1", "--duration", "1s")).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up neo4j").doesNotContain("s3cret-pw", "Exception");
    }
}
