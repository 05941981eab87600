package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --find-max} against the real PostgreSQL: the highest rate within the budget, then fixed-rate runs on
 * the same machine at 0.9 times it (passes) and 1.3 times it (fails). One connection of full-scan aggregates has a
 * capacity of some ops/s, and a budget far above one scan puts the knee at that capacity.
 */
@dev.polyglot.bench.LiveEngineTest
class BenchFindMaxTest {
    private static final List<String> SAME = List.of("--engine", "postgres", "--shape", "aggregate", "--records", "50000", "--p99", "1000",
            "--connections", "1", "--warmup", "0s");
    /** The search's steps are short; the two checking runs last longer so a dip of a second does not decide them. */
    private static final List<String> STEP = List.of("--duration", "3s"), CHECK = List.of("--duration", "6s");

    private static JsonNode run(Path json, int expectedExit, String context, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(SAME);
        args.addAll(List.of(extra).contains("--find-max") ? STEP : CHECK);
        args.addAll(List.of(extra));
        args.addAll(List.of("--json", json.toString()));
        CliRun cli = new CliRun();
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err + "\n" + cli.out + context).isEqualTo(expectedExit);
        return new ObjectMapper().readTree(json.toFile()).get("results").get(0);
    }

    @Test
    void theRateFoundHoldsAt90PercentAndFailsAt130Percent(@TempDir Path dir) throws Exception {
        // One data set for the three runs (--keep until the last): a freshly loaded table scans slower while its
        // first reads set hint bits and autovacuum analyses it, which moved the knee between runs.
        JsonNode found = run(dir.resolve("max.json"), ExitCode.OK, "", "--rate", "20", "--find-max", "--keep");
        double max = found.get("max_ops_per_sec_within_budget").asDouble();
        assertThat(max).isGreaterThan(20);
        JsonNode steps = found.get("steps");
        assertThat(steps.size()).isGreaterThan(2);
        assertThat(steps.get(0).fieldNames()).toIterable().contains("target_ops_per_sec", "achieved_ops_per_sec", "p99_ms", "verdict");
        assertThat(steps.findValuesAsText("verdict")).contains("pass", "fail");

        JsonNode below = run(dir.resolve("below.json"), ExitCode.OK, "\nsearch: " + found, "--rate", String.format(Locale.ROOT, "%.3f", 0.9 * max), "--keep");
        assertThat(below.get("verdict").asText()).as(below.get("reason").asText() + "\nsearch: " + found).isEqualTo("pass");
        JsonNode above = run(dir.resolve("above.json"), ExitCode.NO, "\nsearch: " + found, "--rate", String.format(Locale.ROOT, "%.3f", 1.3 * max));
        assertThat(above.get("verdict").asText()).as(above.get("reason").asText() + "\nsearch: " + found).isEqualTo("fail");
    }

    @Test
    void findMaxNeedsABudgetAndAnOpenLoop() {
        CliRun noBudget = new CliRun();
        assertThat(noBudget.run("bench", "--engine", "redis", "--find-max")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noBudget.err.toString()).contains("--find-max needs a budget");
        CliRun max = new CliRun();
        assertThat(max.run("bench", "--engine", "redis", "--p99", "5", "--rate", "max", "--find-max")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(max.err.toString()).contains("drop --rate max");
    }
}
