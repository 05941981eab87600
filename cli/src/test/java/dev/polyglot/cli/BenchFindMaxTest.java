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
        int exit = cli.run(args.toArray(String[]::new));
        // A checking run's verdict is judged by the attempt (expectedExit -1); it must still have run to a verdict.
        if (expectedExit >= 0) assertThat(exit).as(cli.err + "\n" + cli.out + context).isEqualTo(expectedExit);
        else assertThat(exit).as(cli.err + "\n" + cli.out + context).isIn(ExitCode.OK, ExitCode.NO);
        return new ObjectMapper().readTree(json.toFile()).get("results").get(0);
    }

    /**
     * The contract holds "on the same machine". This VM's speed drifts by 10-20% within a minute (and more when other
     * work starts or stops beside it), so an attempt whose checking run measured a capacity more than
     * {@value #SAME_MACHINE} times off the capacity the search's saturated steps measured ran on a different machine:
     * it is tried once more, and the second attempt counts whatever the drift.
     */
    @Test
    void theRateFoundHoldsAt90PercentAndFailsAt130Percent(@TempDir Path dir) throws Exception {
        Attempt first = attempt(dir.resolve("1"));
        if (first.holds() || first.drift().isEmpty()) {
            first.assertHolds();
            return;
        }
        attempt(dir.resolve("2")).assertHolds();
    }

    private static final double SAME_MACHINE = 1.15;

    private Attempt attempt(Path dir) throws Exception {
        Files.createDirectories(dir);
        // One data set for the three runs (--keep until the last): a freshly loaded table scans slower while its
        // first reads set hint bits and autovacuum analyses it, which moved the knee between runs.
        JsonNode found = run(dir.resolve("max.json"), ExitCode.OK, "", "--rate", "20", "--find-max", "--keep");
        double max = found.get("max_ops_per_sec_within_budget").asDouble();
        assertThat(max).isGreaterThan(20);
        JsonNode steps = found.get("steps");
        assertThat(steps.size()).isGreaterThan(2);
        assertThat(steps.get(0).fieldNames()).toIterable().contains("target_ops_per_sec", "achieved_ops_per_sec", "p99_ms", "connections_busy", "verdict");
        assertThat(steps.findValuesAsText("verdict")).contains("pass", "fail");
        JsonNode below = run(dir.resolve("below.json"), -1, "", "--rate", String.format(Locale.ROOT, "%.3f", 0.9 * max), "--keep");
        JsonNode above = run(dir.resolve("above.json"), -1, "", "--rate", String.format(Locale.ROOT, "%.3f", 1.3 * max));
        return new Attempt(found, below, above);
    }

    /** One search and its two checking runs. */
    private record Attempt(JsonNode found, JsonNode below, JsonNode above) {
        boolean holds() { return below.get("verdict").asText().equals("pass") && above.get("verdict").asText().equals("fail"); }

        /** The checking run that broke the contract measured this many times the search's capacity; empty when none broke it or it was within SAME_MACHINE. */
        java.util.OptionalDouble drift() {
            double search = searchCapacity();
            for (JsonNode check : List.of(below, above)) {
                boolean broke = check == below ? !check.get("verdict").asText().equals("pass") : !check.get("verdict").asText().equals("fail");
                double busy = check.get("connections_busy").asDouble();
                if (!broke || busy <= 0 || search <= 0) continue;
                double ratio = check.get("achieved_ops_per_sec").asDouble() / busy / search;
                if (ratio > SAME_MACHINE || ratio < 1 / SAME_MACHINE) return java.util.OptionalDouble.of(ratio);
            }
            return java.util.OptionalDouble.empty();
        }

        /** Mean capacity (ops/s over the busy share) of the search's steps whose connections were saturated, 0 when none was. */
        private double searchCapacity() {
            double sum = 0;
            int n = 0;
            for (JsonNode step : found.get("steps")) {
                double busy = step.get("connections_busy").asDouble();
                if (busy >= 0.95) {
                    sum += step.get("achieved_ops_per_sec").asDouble() / busy;
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        void assertHolds() {
            String context = "\nsearch: " + found + "\nbelow: " + below + "\nabove: " + above;
            assertThat(below.get("verdict").asText()).as(below.get("reason").asText() + context).isEqualTo("pass");
            assertThat(above.get("verdict").asText()).as(above.get("reason").asText() + context).isEqualTo("fail");
        }
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
