package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example in {@code examples/} reads cleanly; the walletkart matches seed 004's worked example. */
class ExamplesTest {
    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleParses(Path example) {
        ParseOutcome outcome = WorkloadsReader.read(example);
        assertThat(outcome).as("%s", outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).file().system()).as("every example names its system").isPresent();
    }

    @Test
    void walletkartIsSeed004sFiveWorkloads() {
        WorkloadsFile file = ((ParseOutcome.Parsed) WorkloadsReader.read(Path.of("..", "examples", "walletkart.yml"))).file();
        assertThat(file.system()).contains("walletkart");
        assertThat(file.constraints().prefers("postgres")).isTrue();
        assertThat(file.workloads()).extracting(Workload::name, Workload::opsPerSec, Workload::p99Ms, Workload::shape, Workload::consistency)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wallet balance lookup", 800.0, 50.0, Shape.POINT_LOOKUP, Consistency.STRONG),
                        org.assertj.core.groups.Tuple.tuple("transaction history", 200.0, 100.0, Shape.RANGE_SCAN, Consistency.READ_YOUR_WRITES),
                        org.assertj.core.groups.Tuple.tuple("merchant search", 60.0, 200.0, Shape.FULL_TEXT, Consistency.BOUNDED_STALENESS),
                        org.assertj.core.groups.Tuple.tuple("homepage carousel", 800.0, 30.0, Shape.POINT_LOOKUP, Consistency.EVENTUAL),
                        org.assertj.core.groups.Tuple.tuple("monthly settlement aggregates", 0.01, 5000.0, Shape.AGGREGATE, Consistency.BOUNDED_STALENESS));
        assertThat(file.workload("merchant search").orElseThrow().staleness()).contains(java.time.Duration.ofSeconds(30));
        assertThat(file.workload("monthly settlement aggregates").orElseThrow().staleness()).contains(java.time.Duration.ofHours(24));
        assertThat(file.workload("monthly settlement aggregates").orElseThrow().records()).hasValue(30_000_000L);
        assertThat(file.workload("homepage carousel").orElseThrow().durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(file.workload("merchant search").orElseThrow().growth().orElseThrow().monthlyFactor()).isEqualTo(1.2);
    }
}
