package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot bench --engine cassandra} end to end: against {@code scripts/engines.sh up cassandra}, against a Cassandra it
 * starts itself ({@code --embedded}), and without one.
 */
@dev.polyglot.bench.LiveEngineTest
class BenchCassandraTest {
    @Test
    void aTimeSeriesRunAtQuorumOnCassandraWritesTheContractsJsonWithoutErrorsAndShowsTheLevel(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "cassandra", "--shape", "time-series", "--consistency", "quorum", "--read-ratio", "0.5", "--rate", "40",
                "--p99", "5000", "--duration", "2s", "--warmup", "1s", "--records", "3600", "--connections", "2", "--json", json.toString()))
                .isIn(ExitCode.OK, ExitCode.NO);  // the verdict depends on this shared machine's load, not on the binding

        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).isEqualTo("cassandra");
        assertThat(r.get("shape").asText()).isEqualTo("time-series");
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("latency_ms").get("p50").asDouble()).isPositive();
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(40);
        assertThat(r.get("write_consistency").asText()).isEqualTo("QUORUM");
        assertThat(r.get("latency_ms_by_kind").has("write")).as("writes were sent at that level").isTrue();
        assertThat(cli.out.toString()).contains("; writes at consistency QUORUM");
    }

    @Test
    void embeddedStartsCassandraAsAChildRunsOnItAndLeavesNeitherTheChildNorItsHome(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "cassandra", "--embedded", "--rate", "30", "--p99", "5000", "--duration", "2s",
                "--warmup", "1s", "--records", "500", "--json", json.toString())).isIn(ExitCode.OK, ExitCode.NO);

        String err = cli.err.toString();
        assertThat(err).containsPattern("embedded cassandra on 127\\.0\\.0\\.1:\\d+, data in ").doesNotContain("127.0.0.1:9042");
        Path home = Path.of(err.replaceAll("(?s).*data in (\\S+) \\(stopped and removed at the end\\).*", "$1"));
        assertThat(home.getFileName().toString()).startsWith("polyglot-cassandra-");
        assertThat(Files.exists(home)).as("the embedded server's home is removed at the end").isFalse();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(home.toString())))
                .as("no process runs from the home any more").isEmpty();
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("write_consistency").asText()).isEqualTo("ONE");
    }

    @Test
    void anUnreachableCassandraIsExit3NamingTheAddressAndTheFixWithoutCredentials() {
        CliRun cli = new CliRun();
        assertThat(cli.run("bench", "--engine", "cassandra", "--url", "cassandra://bob:s3cret-pw@127.0.0.1:1/polyglot_bench", "--duration", "1s"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up cassandra").doesNotContain("s3cret-pw", "Exception");
    }
}
