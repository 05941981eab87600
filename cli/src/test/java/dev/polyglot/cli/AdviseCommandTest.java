package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polyglot advise} and {@code polyglot engines} end to end through the command line. */
class AdviseCommandTest {
    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) { return cli.run(args); }

    @Test
    void walletkartIsAdvisedWithExitZero() {
        int code = run("advise", "../examples/walletkart.yml");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("walletkart: 2 engines serve 5 of 5 workloads")
                .contains("postgres", "source-of-truth", "redis", "derived", "emulated (tsvector)", "GROWTH", "elasticsearch");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonFollowsTheContractFieldNames() throws IOException {
        assertThat(run("advise", "../examples/walletkart.yml", "--format", "json")).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        // the contract's fields in its order, then the added cost (new fields may be added)
        assertThat(json.fieldNames()).toIterable().containsExactly("system", "portfolio", "routes", "unserved", "growth", "sync", "cost");
        assertThat(json.get("cost").get("unit").asText()).isEqualTo("USD per month");
        // postgres: $5,000 fixed + its share of a $560 node + 15.5 GB of gp3 at $0.08 ($1.24)
        var postgres = json.get("portfolio").get(0);
        var cost = postgres.get("cost");
        assertThat(postgres.get("engine").asText()).isEqualTo("postgres");
        assertThat(cost.get("fixed_usd_per_month").asLong()).isEqualTo(5_000);
        assertThat(cost.get("node_usd_per_month").asLong()).isEqualTo(560);
        assertThat(cost.get("billed_nodes").asDouble()).isBetween(0.125, 1.0);
        assertThat(cost.get("usd_per_month").asDouble())
                .isCloseTo(5_000 + 560 * cost.get("billed_nodes").asDouble() + 1.24, org.assertj.core.api.Assertions.within(3.0));
        assertThat(postgres.get("nodes_driven_by").asText()).isNotBlank();
        assertThat(json.get("cost").get("usd_per_month").asLong())
                .isEqualTo(postgres.get("cost").get("usd_per_month").asLong() + json.get("portfolio").get(1).get("cost").get("usd_per_month").asLong());
        assertThat(json.get("routes").get(0).has("p99_estimate_ms")).isTrue();
        assertThat(json.get("routes").get(0).has("p99_budget_ms")).isTrue();
        assertThat(json.get("growth").get(0).has("months_left")).isTrue();
        assertThat(json.get("growth").get(0).has("next_engine")).isTrue();
    }

    @Test
    void monthsAheadGrowsThePortfolioByDemand() throws IOException {
        assertThat(run("advise", "../examples/walletkart.yml", "--months", "12", "--format", "json")).isEqualTo(ExitCode.OK);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("system").asText()).isEqualTo("walletkart");
        assertThat(json.get("months").asInt()).isEqualTo(12);
        assertThat(json.get("portfolio").findValuesAsText("engine")).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch", "clickhouse");
    }

    @Test
    void monthsOnAFileWithoutGrowthSaysSoAndAnswersAsToday() {
        assertThat(run("advise", "../examples/ledger.yml", "--months", "12")).isEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("no workload of ../examples/ledger.yml has a growth rate");
        assertThat(out.toString()).startsWith("ledger in 12 months: 1 engine serves 3 of 3 workloads");
    }

    @Test
    void monthsOutOfRangeOrWithAdrIsBadInput(@TempDir Path dir) {
        assertThat(run("advise", "../examples/walletkart.yml", "--months", "121")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--months must be from 0 to 120").doesNotContain("Exception");
        assertThat(run("advise", "../examples/walletkart.yml", "--months", "6", "--adr", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("an ADR records today's decision");
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void htmlWritesTheReportBesideTheUsualOutput(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("walletkart.html");
        assertThat(run("advise", "../examples/walletkart.yml", "--html", report.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("walletkart: 2 engines serve 5 of 5 workloads");
        assertThat(err.toString()).contains("wrote " + report);
        assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("Database portfolio for walletkart", "class=\"growth-chart\"");
    }

    @Test
    void htmlWithMonthsOrToAnUnwritablePathIsBadInput(@TempDir Path dir) {
        assertThat(run("advise", "../examples/walletkart.yml", "--months", "6", "--html", dir.resolve("r.html").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--html reports today's decision");
        assertThat(run("advise", "../examples/walletkart.yml", "--html", dir.resolve("missing/r.html").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("cannot write --html " + dir.resolve("missing/r.html") + ": the folder " + dir.resolve("missing")
                + " does not exist").doesNotContain("Exception");
        assertThat(out.toString()).as("checked before advising").isEmpty();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anUnservedWorkloadExitsOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tight.yml");
        Files.writeString(file, "version: 1\nworkloads:\n  - name: impossible\n    shape: point-lookup\n    ops_per_sec: 10\n    p99_ms: 0.001\n");
        assertThat(run("advise", file.toString())).isEqualTo(ExitCode.NO);
        assertThat(out.toString()).contains("UNSERVED", "impossible", "budget");
    }

    @Test
    void aBrokenCatalogIsBadInputWithFileAndLine(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("mine.yml");
        Files.writeString(catalog, "version: 1\nengines:\n  - id: postgres\n    operational_cost: 1\n");
        assertThat(run("advise", "../examples/walletkart.yml", "--catalog", catalog.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains(catalog + ":4:").contains("[value, source]").doesNotContain("Exception");
    }

    @Test
    void enginesListsTheCatalogAndOneEngineWithSources() {
        assertThat(run("engines")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("postgres", "clickhouse", "engines;");
        out.getBuffer().setLength(0);
        assertThat(run("engines", "PostgreSQL")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("postgres (relational)").contains("tsvector", "seed 004");
        assertThat(run("engines", "postgress")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("did you mean 'postgres'?");
    }

    @Test
    void invalidFileListsEveryProblemAndExits2WithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "version: 1\nworkloads:\n  - name: a\n    shape: point-lokup\n    ops_per_sec: -1\n    p99_ms: 5\n");
        int code = run("advise", file.toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(
                file + ":4:12: unknown shape 'point-lokup', did you mean 'point-lookup'?\n"
                        + file + ":5:18: 'ops_per_sec' must be a number above 0 or a count such as 200k or 30M, got '-1'\n"
                        + "polyglot: " + file + " is not a valid workloads file (2 problems); see docs/workloads-format.md\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingFileIsOneMessageAndExit2(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yml");
        assertThat(run("advise", missing.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("polyglot: cannot read " + missing + ": no such file\n");
    }

    @Test
    void directoryIsOneMessageAndExit2(@TempDir Path dir) {
        assertThat(run("advise", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("polyglot: cannot read " + dir + ": it is a directory, not a workloads file\n");
    }

    @Test
    void missingArgumentIsAUsageErrorWithExit2() {
        assertThat(run("advise")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'").doesNotContain("Exception");
    }

    @Test
    void aDashReadsTheWorkloadsFromStandardInput() throws IOException {
        String walletkart = Files.readString(Path.of("../examples/walletkart.yml"));
        assertThat(cli.runWithInput(walletkart, "advise", "-")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("walletkart: 2 engines serve 5 of 5 workloads");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void problemsOnStandardInputArePlacedAtStdinLineAndColumn() {
        String broken = "version: 1\nsystem: s\nworkloads:\n  - name: a\n    shape: point-lookup\n    ops_per_sec: -5\n    p99_ms: 10\n";
        assertThat(cli.runWithInput(broken, "advise", "-")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).startsWith("<stdin>:6:18: ").contains("<stdin> is not a valid workloads file").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aDashWithAdrIsRefusedBeforeReading(@TempDir Path dir) {
        assertThat(cli.runWithInput("version: 1\n", "advise", "-", "--adr", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--adr links the ADR to its workloads file");
        assertThat(dir.toFile().list()).isEmpty();
    }
}
