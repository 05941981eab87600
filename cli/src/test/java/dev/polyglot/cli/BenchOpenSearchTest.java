package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polyglot.bench.embedded.LeftoverChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot bench --engine elasticsearch} end to end: against {@code scripts/engines.sh up opensearch}, against an
 * OpenSearch it starts itself ({@code --embedded}, on other ports than the shared one's), and without one.
 */
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
    void embeddedStartsOpenSearchAsAChildRunsOnItAndLeavesNeitherTheChildNorItsHome(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "elasticsearch", "--embedded", "--rate", "30", "--p99", "5000", "--duration", "2s",
                "--warmup", "1s", "--records", "2000", "--connections", "2", "--json", json.toString())).isIn(ExitCode.OK, ExitCode.NO);

        String err = cli.err.toString();
        Matcher started = Pattern.compile("embedded elasticsearch on 127\\.0\\.0\\.1:(\\d+), data in (\\S+) \\(stopped and removed at the end\\)").matcher(err);
        assertThat(started.find()).as("a note naming the embedded server's address and home: " + err).isTrue();
        int port = Integer.parseInt(started.group(1));
        Path home = Path.of(started.group(2));
        assertThat(port).as("not the shared server's port").isNotEqualTo(9200);
        assertThat(home.getFileName().toString()).startsWith("polyglot-opensearch-");
        assertThat(Files.exists(home)).as("the embedded server's home is removed at the end").isFalse();
        assertThat(LeftoverChecks.processUses(home)).as("no process runs from the home any more").isFalse();
        assertThat(LeftoverChecks.listening(port)).as("the embedded server is stopped").isFalse();
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).isEqualTo("elasticsearch");
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("operations").asLong()).isPositive();
    }

    @Test
    void anUnreachableOpenSearchIsExit3NamingTheAddressAndTheFixWithoutCredentials() {
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "elasticsearch", "--url", "http://bob:s3cret-pw@127.0.0.1:1", "--duration", "1s"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up opensearch").doesNotContain("s3cret-pw", "Exception");
    }
}
