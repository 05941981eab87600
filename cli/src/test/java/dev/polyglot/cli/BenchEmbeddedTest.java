package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polyglot.bench.embedded.LeftoverChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot bench --embedded}: the run goes to an engine started in-process on a free port (never the
 * standard local servers), produces a real verdict, and the engine is gone afterwards. PostgreSQL runs as root too
 * (as {@code nobody}), as on CI. Needs no lock: the embedded
 * engines share nothing with other suites.
 */
@dev.polyglot.bench.LiveEngineTest
class BenchEmbeddedTest {
    private static final String[] SHORT = {"--embedded", "--duration", "1s", "--warmup", "0s", "--records", "1000", "--connections", "2", "--p99", "500"};
    private static final Pattern STARTED = Pattern.compile("embedded (\\w+) on 127\\.0\\.0\\.1:(\\d+)(?:, data in (\\S+))?");

    private static String[] args(Path json, String engine) {
        return concat(new String[] {"bench", "--engine", engine, "--rate", "100", "--json", json.toString()}, SHORT);
    }

    @Test
    void redisRunsOnAnEmbeddedServerThatIsStoppedAfterwards(@TempDir Path dir) throws Exception {
        assertRealVerdictFromEmbedded(dir, "redis");
    }

    @Test
    void postgresRunsOnAnEmbeddedServerEvenAsRootAndItsDataDirectoryIsRemovedAfterwards(@TempDir Path dir) throws Exception {
        assertRealVerdictFromEmbedded(dir, "postgres");
    }

    @Test
    void clickhouseHasNoEmbeddedEngineSoItIsExit3WithTheStartHint(@TempDir Path dir) {
        CliRun cli = new CliRun();
        assertThat(cli.run(args(dir.resolve("r.json"), "clickhouse"))).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("--embedded has no clickhouse", "scripts/engines.sh up clickhouse");
    }

    private static void assertRealVerdictFromEmbedded(Path dir, String engine) throws IOException {
        Path json = dir.resolve("r.json");
        CliRun cli = new CliRun();
        int exit = cli.run(args(json, engine));

        assertThat(exit).as(cli.err.toString()).isIn(ExitCode.OK, ExitCode.NO);
        Matcher m = STARTED.matcher(cli.err.toString());
        assertThat(m.find()).as("a note naming the embedded engine's address: " + cli.err).isTrue();
        assertThat(m.group(1)).isEqualTo(engine);
        int port = Integer.parseInt(m.group(2));
        assertThat(port).as("a free port, not the standard server's").isNotIn(5432, 6379);
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).isEqualTo(engine);
        assertThat(r.get("verdict").asText()).isIn("pass", "fail", "inconclusive");
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(LeftoverChecks.listening(port)).as("the embedded " + engine + " is stopped at the end").isFalse();
        if (engine.equals("postgres")) {
            assertThat(m.group(3)).as("the note names the data directory: " + cli.err).isNotNull();
            Path data = Path.of(m.group(3));
            assertThat(data).as("the embedded postgres's directory is removed").doesNotExist();
            assertThat(LeftoverChecks.processUses(data)).as("no postgres process is left").isFalse();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
