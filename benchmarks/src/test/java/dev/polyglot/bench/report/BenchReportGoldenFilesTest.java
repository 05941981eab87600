package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.WriteConsistency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format of {@code polyglot bench} (the table, {@code --json}, {@code --html}) for fixed results: a
 * synthetic run, a workload with advise's estimate beside it that is off by more than 2x (the call-out), a
 * {@code --find-max} search, and a Cassandra run whose writes waited for a quorum (the level shown). A change to any format shows up as a diff of these files.
 * Regenerate after an intended change with {@code mvn -pl benchmarks -am verify -Dgolden.update=true} and review the diff.
 */
class BenchReportGoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/bench");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static final Map<String, List<BenchResult>> CASES = Map.of(
            "synthetic", List.of(HtmlReportTest.result("point-lookup")),
            "cassandra-quorum", List.of(cassandra(HtmlReportTest.result("point-lookup")).withWrites(new WriteTerms(Optional.of(WriteConsistency.QUORUM), Optional.empty()))),
            "estimate-off", List.of(EstimateBesideTest.withEstimate(0.5), EstimateBesideTest.withEstimate(1.5)),
            "find-max", List.of(EstimateBesideTest.withEstimate(1).withSearch(Optional.of(new RateSearch(512, List.of(
                    new RateSearch.Step(200, 200, 8.1, 0.31, Verdict.PASS, "p99 within the budget"),
                    new RateSearch.Step(400, 400, 11.5, 0.62, Verdict.PASS, "p99 within the budget"),
                    new RateSearch.Step(800, 590, 6145, 1.0, Verdict.FAIL, "saturated: the engine sustained 590 of the 800 ops/s asked"),
                    new RateSearch.Step(600, 588, 2210, 0.99, Verdict.FAIL, "saturated: the engine sustained 588 of the 600 ops/s asked"),
                    new RateSearch.Step(512, 512, 21.3, 0.86, Verdict.PASS, "p99 within the budget")))))));

    private static BenchResult cassandra(BenchResult r) {
        return new BenchResult("cassandra", r.workload(), r.shape(), r.plan(), r.load(), r.run(), r.budget(), r.judgement());
    }

    private static final Map<String, Function<List<BenchResult>, String>> FORMATS = Map.of(
            "txt", ResultsTable::render, "json", ResultsJson::text, "html", HtmlReport::render);

    static Stream<Arguments> cases() {
        return CASES.keySet().stream().sorted().flatMap(c -> FORMATS.keySet().stream().sorted().map(f -> Arguments.of(c, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesTheGoldenFile(String name, String format) throws IOException {
        String rendered = FORMATS.get(format).apply(CASES.get(name));
        Path golden = GOLDEN.resolve(name + "." + format);
        if (UPDATE) Files.writeString(golden, rendered);
        assertThat(Files.exists(golden)).as(golden + " exists (run with -Dgolden.update=true)").isTrue();
        assertThat(rendered).isEqualTo(Files.readString(golden));
    }
}
