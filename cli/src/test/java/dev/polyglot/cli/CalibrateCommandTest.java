package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot calibrate} against the real local engines, with short steps: the catalog it writes loads with
 * {@code --catalog}, says how each figure was measured, and changes advise's estimate for a route on that engine.
 */
@dev.polyglot.bench.LiveEngineTest
class CalibrateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "postgres,   ../examples/walletkart.yml, wallet balance lookup",
            "redis,      ../examples/walletkart.yml, homepage carousel",
            "clickhouse, ../examples/webhook-analytics.yml, ''",
    })
    void writesACatalogThatLoadsAndChangesTheEstimate(String engine, String workloads, String workload, @TempDir Path dir) throws Exception {
        Path catalog = dir.resolve(engine + ".yml");
        CliRun calibrate = new CliRun();
        assertThat(calibrate.run("calibrate", "--engine", engine, "--quick", "--step", "500ms", "--output", catalog.toString()))
                .as(calibrate.err.toString()).isEqualTo(ExitCode.OK);
        String yaml = Files.readString(catalog);
        assertThat(yaml).contains("- id: " + engine, "service_ms: [", "measured 20", "by polyglot calibrate on ", " cores, ", "spread ");
        assertThat(calibrate.err.toString()).contains("polyglot calibrate: [", "s left]");
        if (!engine.equals("redis")) {
            // PostgreSQL's and ClickHouse's capabilities carry write figures (Redis's do not): those are measured too.
            // A write's light-load runs last two steps (Calibrator.WRITE_WINDOW_STEPS): 2 x 500 ms here.
            assertThat(yaml).containsPattern("write_ms: \\[[0-9.]+, \"measured 20[^\"]*light-load p99 of one write[^\"]*, runs of 1\\.0 s")
                    .containsPattern("writes_per_node: \\[[0-9.]+, \"measured 20[^\"]*closed loop of writes only");
        }

        JsonNode builtIn = advise(workloads, null);
        JsonNode calibrated = advise(workloads, catalog);
        JsonNode before = routeOn(builtIn, engine, workload), after = routeOn(calibrated, engine, workload);
        if (before != null && after != null) {
            assertThat(after.get("p99_estimate_ms").asDouble()).as("the measured service time replaces the catalog's")
                    .isNotEqualTo(before.get("p99_estimate_ms").asDouble());
        } else {
            assertThat(calibrated.toString()).as("the calibrated catalog changes the advice").isNotEqualTo(builtIn.toString());
        }
    }

    private static JsonNode advise(String workloads, Path catalog) throws Exception {
        CliRun advise = new CliRun();
        int exit = catalog == null ? advise.run("advise", workloads, "--format", "json")
                : advise.run("advise", workloads, "--format", "json", "--catalog", catalog.toString());
        assertThat(exit).as(advise.err.toString()).isIn(ExitCode.OK, ExitCode.NO);
        return JSON.readTree(advise.out.toString());
    }

    /** The route of {@code workload} when it is on {@code engine}; null when it is not (or no workload is named). */
    private static JsonNode routeOn(JsonNode advice, String engine, String workload) {
        for (JsonNode r : advice.get("routes")) {
            if (r.get("workload").asText().equals(workload) && r.get("engine").asText().equals(engine)) return r;
        }
        return null;
    }

    @Test
    void noReachableEngineIsExit3NamingHowToStartIt(@TempDir Path dir) {
        CliRun cli = new CliRun();
        assertThat(cli.run("calibrate", "--engine", "redis", "--url", "redis://:s3cret@127.0.0.1:1", "--output", dir.resolve("c.yml").toString()))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("scripts/engines.sh up redis").doesNotContain("s3cret", "Exception");
        assertThat(dir.resolve("c.yml")).doesNotExist();
    }

    @Test
    void badArgumentsAreExit2(@TempDir Path dir) {
        CliRun twoWithUrl = new CliRun();
        assertThat(twoWithUrl.run("calibrate", "--engine", "redis", "--engine", "postgres", "--url", "redis://127.0.0.1:6379",
                "--output", dir.resolve("c.yml").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twoWithUrl.err.toString()).contains("exactly one --engine");
        CliRun noDir = new CliRun();
        assertThat(noDir.run("calibrate", "--output", dir.resolve("missing/c.yml").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noDir.err.toString()).contains("no such directory");
    }
}
