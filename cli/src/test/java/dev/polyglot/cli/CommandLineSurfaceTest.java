package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.bench.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

/**
 * What a newcomer meets first on the command line (issue 15): one line per mistake with a useful suggestion,
 * options in the workloads file's units, output paths checked before work starts, the same rule everywhere.
 * Nothing here needs an engine: where a bench is involved, the address is a closed port, so reaching the engine
 * would be exit 3 and an earlier refusal shows as exit 2.
 */
class CommandLineSurfaceTest {
    private static final String WALLETKART = "../examples/walletkart.yml";
    private static final String NOWHERE = "postgresql://127.0.0.1:1/none";
    private final CliRun cli = new CliRun();

    /** A workloads file of one point-lookup workload at {@code ops} ops/s with one more key ({@code p99_ms: 20} unless given). */
    private static Path oneWorkload(Path dir, String name, String ops, String key) throws IOException {
        String budget = key.startsWith("p99_ms") ? "" : "    p99_ms: 20\n";
        return Files.writeString(dir.resolve("w.yml"), "version: 1\nworkloads:\n  - name: " + name + "\n    shape: point-lookup\n    ops_per_sec: "
                + ops + "\n" + budget + "    " + key + "\n");
    }

    private static long lines(CliRun run) { return run.err.toString().lines().count(); }

    @Test
    void aMisspeltCommandSuggestsTheNearOneOnlyInOneLine() {
        assertThat(cli.run("adviser", "x.yml")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot: unknown command 'adviser', did you mean 'advise'? (see 'polyglot --help')\n");
        assertThat(cli.err.toString()).doesNotContain("generate-completion");
    }

    @Test
    void aMisspeltOptionSuggestsTheOptionWithoutTheUsageText() {
        assertThat(cli.run("advise", WALLETKART, "--fromat", "json")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot advise: unknown option '--fromat', did you mean '--format'? (see 'polyglot advise --help')\n");
    }

    @Test
    void aBadOptionValueIsOneLineNotTheUsage() {
        assertThat(cli.run("bench", "--engine", "postgres", "--p99", "fast")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).startsWith("polyglot bench: Invalid value for option '--p99': 'fast' is not a latency")
                .doesNotContain("Usage:");
        assertThat(lines(cli)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"50, 50", "50ms, 50", "0.5s, 500", "250us, 0.25", "1.5, 1.5"})
    void p99TakesMillisecondsOrADurationAsTheYamlDoes(String text, double millis) {
        assertThat(new OptionValues.Milliseconds().convert(text)).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "5x", "50 parsecs"})
    void p99RefusesWhatIsNotALatency(String text) {
        assertThatThrownBy(() -> new OptionValues.Milliseconds().convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("such as 50 (milliseconds), 50ms or 0.5s");
    }

    @Test
    void p99WithAUnitIsAcceptedByTheBench() {
        // --p99 50ms parses; the run then stops at the unit-less --duration, before reaching any engine
        assertThat(cli.run("bench", "--engine", "postgres", "--url", NOWHERE, "--p99", "50ms", "--duration", "5")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot bench: --duration '5' needs a unit, as in workloads files: 5s, 5ms, 5m or 5h\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--engine cassandra --consistency ALL   | --consistency must be ONE or QUORUM, was 'ALL'",
            "--engine postgres --consistency QUORUM | --consistency applies to --engine cassandra only; postgres's writes take no consistency level",
            "--engine neo4j --consistency one       | --consistency applies to --engine cassandra only; neo4j's writes take no consistency level",
            "../examples/walletkart.yml --consistency QUORUM | --consistency applies to --engine cassandra only; name it with --engine",
            "--engine clickhouse --write-rows lots   | --write-rows must be a whole number of rows, 1 to 100000, was 'lots'",
            "--engine clickhouse --write-rows 0      | --write-rows must be 1 to 100000, was 0",
            "--engine clickhouse --write-rows 100001 | --write-rows must be 1 to 100000, was 100001",
            "--engine postgres --write-rows 1        | --write-rows applies to --engine clickhouse only; postgres's writes are one row each",
            "../examples/walletkart.yml --write-rows 1 | --write-rows applies to --engine clickhouse only; name it with --engine",
    })
    void aWriteOptionTheEngineCannotTakeIsOneLineAndExit2BeforeAnyEngine(String args, String message) {
        // The closed port would be exit 3: exit 2 shows the refusal comes first.
        String[] all = (args + " --url " + (args.contains("cassandra") ? "cassandra://127.0.0.1:1/x" : args.contains("neo4j") ? "bolt://127.0.0.1:1"
                : args.contains("clickhouse") ? "http://127.0.0.1:1" : NOWHERE)).split(" +");
        assertThat(cli.run(java.util.stream.Stream.concat(java.util.stream.Stream.of("bench"), java.util.Arrays.stream(all)).toArray(String[]::new)))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot bench: " + message + "\n");
    }

    @Test
    void durationsTakeTheYamlUnitsAndZeroNeedsNone() {
        assertThat(DurationText.parse("--duration", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("--duration", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("--warmup", "0")).isEqualTo(Duration.ZERO);
        assertThat(DurationText.parse("--warmup", "0s")).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> DurationText.parse("--sample", "soon")).isInstanceOf(UserError.class)
                .hasMessage("--sample 'soon' is not a duration like 500ms, 30s, 2m or 1h");
    }

    @Test
    void ratesAndRecordsTakeCountsAsTheYamlDoes() {
        assertThat(BenchOptions.parseRate("200k")).hasValue(200_000);
        assertThat(BenchOptions.parseRate("0.5")).hasValue(0.5);
        assertThat(BenchOptions.parseRate("max")).isEmpty();
        assertThat(new OptionValues.Count().convert("1.5M")).isEqualTo(1_500_000L);
        assertThatThrownBy(() -> BenchOptions.parseRate("fast")).isInstanceOf(UserError.class).hasMessageContaining("such as 800, 0.5 or 200k");
    }

    @Test
    void outputPathsAreCheckedBeforeTheBenchStarts(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(cli.run("bench", "--engine", "postgres", "--url", NOWHERE, "--json", dir.resolve("missing/r.json").toString()))
                .as("exit 2, not the closed port's 3: the engine was never tried").isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot bench: cannot write --json " + dir.resolve("missing/r.json")
                + ": the folder " + dir.resolve("missing") + " does not exist\n");
        CliRun html = new CliRun();
        assertThat(html.run("bench", "--engine", "postgres", "--url", NOWHERE, "--html", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(html.err.toString()).contains("cannot write --html " + dir + ": " + dir + " is a folder, not a file");
        CliRun hlog = new CliRun();
        assertThat(hlog.run("bench", "--engine", "postgres", "--url", NOWHERE, "--hlog", file.resolve("run.hlog").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(hlog.err.toString()).contains("cannot write --hlog", file + " is a file, not a folder");
    }

    @Test
    void anAdrFolderThatIsAFileIsRefusedBeforeAdvising(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("adr"), "x");
        assertThat(cli.run("advise", WALLETKART, "--adr", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo("polyglot advise: cannot write the ADR in " + file + ": " + file + " is a file, not a folder\n");
        assertThat(cli.out.toString()).as("nothing advised").isEmpty();
    }

    @Test
    void aBaselineThatCannotBeWrittenIsRefusedBeforeChecking(@TempDir Path dir) {
        String baseline = dir.resolve("no/such/baseline.json").toString();
        assertThat(cli.run("check", "../examples/adr/walletkart/passing", "--baseline", baseline, "--update-baseline")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("cannot write --baseline", "does not exist");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void monthsAheadKeepsTheSystemAndAddsMonths() throws IOException {
        assertThat(cli.run("advise", WALLETKART, "--months", "12", "--format", "json")).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(cli.out.toString());
        assertThat(json.get("system").asText()).isEqualTo("walletkart");
        assertThat(json.get("months").asInt()).isEqualTo(12);
        CliRun today = new CliRun();
        assertThat(today.run("advise", WALLETKART, "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(today.out.toString()).doesNotContain("\"months\"");
        CliRun text = new CliRun();
        assertThat(text.run("advise", WALLETKART, "--months", "12")).isEqualTo(ExitCode.OK);
        assertThat(text.out.toString()).startsWith("walletkart in 12 months: ");
    }

    @Test
    void anAdrIsTodaysDecisionWhicheverWayItIsDrafted(@TempDir Path dir) {
        assertThat(cli.run("advise", WALLETKART, "--months", "12", "--format", "markdown")).isEqualTo(ExitCode.BAD_INPUT);
        CliRun adr = new CliRun();
        assertThat(adr.run("advise", WALLETKART, "--months", "12", "--adr", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).isEqualTo(adr.err.toString()).contains("an ADR records today's decision");
        assertThat(cli.out.toString() + adr.out).isEmpty();
    }

    @Test
    void aProjectionPastAnyForecastIsBadInputNamingTheWorkload(@TempDir Path dir) throws IOException {
        Path file = oneWorkload(dir, "hot feed", "1M", "growth: 10x/week");
        assertThat(cli.run("advise", file.toString(), "--months", "120")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).startsWith("polyglot advise: " + file + ": workload 'hot feed' grows 10x/week: in 120 months")
                .contains("ask for at most 1 month").doesNotContain("Exception", "Infinity");
        assertThat(lines(cli)).isEqualTo(1);
    }

    @Test
    void enginesListsAsJson() throws IOException {
        assertThat(cli.run("engines", "--format", "json")).isEqualTo(ExitCode.OK);
        JsonNode all = new ObjectMapper().readTree(cli.out.toString()).get("engines");
        assertThat(all).hasSize(Catalog.builtIn().size());
        assertThat(all.get(0).get("engine").asText()).isEqualTo("postgres");
        CliRun one = new CliRun();
        assertThat(one.run("engines", "valkey", "--format", "json")).isEqualTo(ExitCode.OK);
        JsonNode redis = new ObjectMapper().readTree(one.out.toString());
        assertThat(redis.get("engine").asText()).isEqualTo("redis");
        assertThat(redis.get("figures").get("max_replicas").get("source").asText()).isNotBlank();
        assertThat(redis.get("shapes").get(0).get("figures").get("service_ms").get("value").asDouble()).isPositive();
        CliRun bad = new CliRun();
        assertThat(bad.run("engines", "--format", "yaml")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err.toString()).isEqualTo("polyglot engines: unknown --format 'yaml'; use text or json\n");
    }

    @Test
    void completionOffersLowerCaseFormatsEngineIdsAndShapes() {
        assertThat(cli.run("generate-completion")).isEqualTo(ExitCode.OK);
        String script = cli.out.toString();
        assertThat(script).contains("(\"text\" \"json\" \"markdown\" \"mermaid\")", "(\"text\" \"json\" \"sarif\" \"github\" \"junit\")",
                "(\"text\" \"json\")", "(\"postgres\" \"redis\" \"clickhouse\"", "\"point-lookup\" \"range-scan\"", "\"cockroachdb\"");
        assertThat(script).doesNotContain("\"TEXT\"", "\"JSON\"");
    }

    @Test
    void aWorkloadTooSparseToMeasureIsAnnouncedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path file = oneWorkload(dir, "nightly report", "0.01", "p99_ms: 5000");
        assertThat(cli.run("bench", file.toString(), "--engine", "postgres", "--url", NOWHERE, "--duration", "30s", "--warmup", "0"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        String err = cli.err.toString();
        assertThat(err).startsWith("polyglot bench: 'nightly report' runs at 0.01 ops/s: 0.3 operations in the 30s measured, fewer than one;"
                + " the bench runs 20 of them instead, 1.5s apart so they do not queue\n");
        assertThat(err.indexOf("127.0.0.1:1")).as("the engine is tried after the announcement").isGreaterThan(err.indexOf("fewer than one"));
        CliRun synthetic = new CliRun();
        assertThat(synthetic.run("bench", "--engine", "postgres", "--url", NOWHERE, "--rate", "0.01", "--duration", "30s", "--warmup", "0"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(synthetic.err.toString()).startsWith("polyglot bench: 'point-lookup' runs at 0.01 ops/s: 0.3 operations in the 30s measured,"
                + " fewer than one; --duration 33.3m would see about 20\n");
    }

    @Test
    void inconclusiveFailsOnlyWhenAskedTo() {
        assertThat(BenchSession.exitFor(Verdict.INCONCLUSIVE, false)).isEqualTo(ExitCode.OK);
        assertThat(BenchSession.exitFor(Verdict.INCONCLUSIVE, true)).isEqualTo(ExitCode.NO);
        assertThat(BenchSession.exitFor(Verdict.FAIL, false)).isEqualTo(ExitCode.NO);
        assertThat(BenchSession.exitFor(Verdict.PASS, true)).isEqualTo(ExitCode.OK);
        assertThat(cli.run("bench", "--help")).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("--fail-on-inconclusive");
    }
}
