package dev.polyglot.workloads;

import static dev.polyglot.workloads.Yamls.onlyWorkload;
import static dev.polyglot.workloads.Yamls.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key, alias, unit and default of the format, read from YAML text. */
class WorkloadsReaderTest {
    private static final String MINIMAL = "shape: point-lookup\nops_per_sec: 800\np99_ms: 50\n";

    @Test
    void readsTheSpecExample() {
        WorkloadsFile file = parse("""
                version: 1
                system: walletkart
                constraints:
                  max_engines: 3          # the team can run at most 3 distinct engines
                  prefer: [postgres]      # engines already in production
                  exclude: [mongodb]      # engines that must not be proposed
                  deployment: self-hosted # self-hosted | managed | any (default any)
                workloads:
                  - name: wallet balance lookup
                    shape: point-lookup
                    ops_per_sec: 800
                    read_ratio: 0.99
                    p99_ms: 50
                    working_set: 2GB
                    consistency: strong
                  - name: merchant search
                    shape: full-text
                    ops_per_sec: 60
                    p99_ms: 200
                    working_set: 5GB
                    consistency: bounded-staleness
                    staleness: 30s
                    growth: 25%/month
                """);
        assertThat(file.version()).isEqualTo(1);
        assertThat(file.system()).contains("walletkart");
        assertThat(file.constraints().maxEngines()).isEqualTo(OptionalInt.of(3));
        assertThat(file.constraints().prefer()).extracting(EngineRef::id).containsExactly("postgres");
        assertThat(file.constraints().exclude()).extracting(EngineRef::id).containsExactly("mongodb");
        assertThat(file.constraints().prefer().get(0).position()).isEqualTo(new SourcePosition(5, 12));
        assertThat(file.constraints().deployment()).isEqualTo(Deployment.SELF_HOSTED);
        Workload balance = file.workloads().get(0);
        assertThat(balance.name()).isEqualTo("wallet balance lookup");
        assertThat(balance.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(balance.opsPerSec()).isEqualTo(800);
        assertThat(balance.readRatio()).isEqualTo(0.99);
        assertThat(balance.p99Ms()).isEqualTo(50);
        assertThat(balance.workingSet()).contains(new ByteSize(2_000_000_000L));
        assertThat(balance.consistency()).isEqualTo(Consistency.STRONG);
        assertThat(balance.position()).isEqualTo(new SourcePosition(9, 5));
        Workload search = file.workloads().get(1);
        assertThat(search.consistency()).isEqualTo(Consistency.BOUNDED_STALENESS);
        assertThat(search.staleness()).contains(Duration.ofSeconds(30));
        assertThat(search.growth().orElseThrow().monthlyFactor()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void appliesTheDocumentedDefaults() {
        WorkloadsFile file = parse("version: 1\nworkloads:\n  - name: w\n" + MINIMAL.indent(4));
        assertThat(file.system()).isEmpty();
        assertThat(file.systemName()).isEqualTo("w");
        assertThat(file.constraints()).isEqualTo(Constraints.NONE);
        Workload w = file.workloads().get(0);
        assertThat(w.readRatio()).isEqualTo(Shape.POINT_LOOKUP.defaultReadRatio());
        assertThat(w.consistency()).isEqualTo(Consistency.STRONG);
        assertThat(w.staleness()).isEmpty();
        assertThat(w.durability()).isEqualTo(Durability.DURABLE);
        assertThat(w.recall()).isEqualTo(0.95);
        assertThat(w.hops()).isEqualTo(2);
        assertThat(w.workingSet()).isEmpty();
        assertThat(w.records()).isEmpty();
        assertThat(w.rowsPerQuery()).isEmpty();
        assertThat(w.growth()).isEmpty();
        assertThat(w.dimensions()).isEmpty();
        assertThat(w.notes()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readRatioDefaultsByShape(Shape shape) {
        Workload w = onlyWorkload("shape: " + shape.id() + "\nops_per_sec: 1\np99_ms: 1\ndimensions: 8\n");
        assertThat(w.readRatio()).isEqualTo(shape.defaultReadRatio());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"p99_ms: 50|50", "p99_latency_ms: 50|50", "p99: 50ms|50", "p99: \"5s\"|5000",
            "p99: 250us|0.25", "p99_ms: 0.5|0.5", "p99_ms: \"75\"|75"})
    void p99AndItsAliases(String line, double millis) {
        assertThat(onlyWorkload("shape: blob\nops_per_sec: 1\n" + line).p99Ms()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"read_ratio: 0.9|0.9", "read_ratio: 0|0", "read_ratio: 1|1",
            "read_write: \"90:10\"|0.9", "read_write: 90:10|0.9", "read_write: '1:3'|0.25"})
    void readRatioAndItsAlias(String line, double ratio) {
        assertThat(onlyWorkload(MINIMAL + line).readRatio()).isEqualTo(ratio);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"800|800", "0.01|0.01", "1_000|1000", "\"800\"|800", "'1,200'|1200", "1e3|1000",
            "200k|200000", "30M|30000000", "1.5M|1500000", "2 B|2000000000", "0.5k|500"})
    void opsPerSecAcceptsNumbersAndCountsAsWritten(String text, double ops) {
        assertThat(onlyWorkload("shape: blob\np99_ms: 1\nops_per_sec: " + text).opsPerSec()).isEqualTo(ops);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "0k", "30 GB", "lots"})
    void opsPerSecRefusesWhatIsNotAPositiveAmount(String text) {
        ParseOutcome outcome = WorkloadsReader.read("x.yml", "version: 1\nworkloads:\n  - name: w\n    shape: blob\n    p99_ms: 1\n    ops_per_sec: " + text + "\n");
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) outcome).problems().get(0).toString())
                .contains("'ops_per_sec' must be a number above 0 or a count such as 200k or 30M");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2GB|2000000000", "\"512 MiB\"|536870912", "50TB|50000000000000", "4096|4096"})
    void workingSet(String text, long bytes) {
        assertThat(onlyWorkload(MINIMAL + "working_set: " + text).workingSet()).contains(new ByteSize(bytes));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30M|30000000", "1.5B|1500000000", "200k|200000", "5000|5000", "1_000_000|1000000",
            "\"1,000,000\"|1000000"})
    void recordsAndRowsPerQuery(String text, long count) {
        Workload w = onlyWorkload(MINIMAL + "records: " + text + "\nrows_per_query: " + text);
        assertThat(w.records().getAsLong()).isEqualTo(count);
        assertThat(w.rowsPerQuery().getAsLong()).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"strong|STRONG", "read-your-writes|READ_YOUR_WRITES", "Read Your Writes|READ_YOUR_WRITES",
            "READ_YOUR_WRITES|READ_YOUR_WRITES", "eventual|EVENTUAL"})
    void consistencyIsSpellingTolerant(String text, Consistency level) {
        assertThat(onlyWorkload(MINIMAL + "consistency: " + text).consistency()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"30s|PT30S", "5m|PT5M", "24h|PT24H", "1 hour|PT1H"})
    void boundedStalenessWithStaleness(String text, String iso) {
        Workload w = onlyWorkload(MINIMAL + "consistency: bounded_staleness\nstaleness: " + text);
        assertThat(w.consistency()).isEqualTo(Consistency.BOUNDED_STALENESS);
        assertThat(w.staleness()).contains(Duration.parse(iso));
    }

    @Test
    void stalenessAloneImpliesBoundedStaleness() {
        Workload w = onlyWorkload(MINIMAL + "staleness: 30s");
        assertThat(w.consistency()).isEqualTo(Consistency.BOUNDED_STALENESS);
        assertThat(w.staleness()).contains(Duration.ofSeconds(30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"point-lookup", "point lookup", "POINT_LOOKUP", "Point-Lookup", "  point__lookup "})
    void shapesAreCaseAndSpellingTolerant(String text) {
        assertThat(onlyWorkload("shape: \"" + text + "\"\nops_per_sec: 1\np99_ms: 1").shape()).isEqualTo(Shape.POINT_LOOKUP);
    }

    @Test
    void durabilityGrowthNotes() {
        Workload w = onlyWorkload(MINIMAL + "durability: Ephemeral\ngrowth: 2x/year\nnotes: a cache");
        assertThat(w.durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(w.growth().orElseThrow().monthlyFactor()).isCloseTo(Math.pow(2, 1 / 12.0), within(1e-12));
        assertThat(w.growth().orElseThrow().text()).isEqualTo("2x/year");
        assertThat(w.notes()).contains("a cache");
    }

    @Test
    void vectorAndGraphKeys() {
        Workload v = onlyWorkload("shape: vector knn\nops_per_sec: 50\np99_ms: 40\ndimensions: 1536\nrecall: 0.9");
        assertThat(v.dimensions()).isEqualTo(OptionalInt.of(1536));
        assertThat(v.recall()).isEqualTo(0.9);
        Workload g = onlyWorkload("shape: graph-traversal\nops_per_sec: 50\np99_ms: 40\nhops: 3");
        assertThat(g.hops()).isEqualTo(3);
    }

    @Test
    void constraintsAcceptEquivalentsAndTolerantSpellings() {
        WorkloadsFile file = parse("""
                version: 1
                constraints:
                  prefer: [PostgreSQL-not, MariaDB, Valkey]
                  exclude: mongodb
                  deployment: Self Hosted
                workloads: [{name: a, shape: blob, ops_per_sec: 1, p99_ms: 1}]
                """.replace("PostgreSQL-not, ", "Postgres, "));
        assertThat(file.constraints().prefer()).extracting(EngineRef::id).containsExactly("postgres", "mysql", "redis");
        assertThat(file.constraints().exclude()).extracting(EngineRef::id).containsExactly("mongodb");
        assertThat(file.constraints().deployment()).isEqualTo(Deployment.SELF_HOSTED);
    }

    @Test
    void aCustomEngineResolverAcceptsMoreIds() {
        EngineIdResolver extended = text -> Identifiers.normalize(text).equals("foundationdb")
                ? Optional.of("foundationdb") : StandardEngineIds.canonical(text);
        ParseOutcome outcome = WorkloadsReader.read("x.yml",
                "version: 1\nconstraints: {prefer: [FoundationDB]}\nworkloads: [{name: a, shape: blob, ops_per_sec: 1, p99_ms: 1}]",
                extended);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        assertThat(((ParseOutcome.Parsed) outcome).file().constraints().prefers("foundationdb")).isTrue();
        assertThat(WorkloadsReader.read("x.yml",
                "version: 1\nconstraints: {prefer: [FoundationDB]}\nworkloads: [{name: a, shape: blob, ops_per_sec: 1, p99_ms: 1}]"))
                .isInstanceOf(ParseOutcome.Rejected.class);
    }

    @Test
    void quotedVersionAndByteOrderMarkAreAccepted() {
        assertThat(parse("\uFEFFversion: \"1\"\nworkloads: [{name: a, shape: blob, ops_per_sec: 1, p99_ms: 1}]").version()).isEqualTo(1);
    }

    @Test
    void workloadNamesMayBeNumbersOrWordsYamlWouldTurnIntoBooleans() {
        WorkloadsFile file = parse("version: 1\nworkloads:\n  - {name: 2024, shape: blob, ops_per_sec: 1, p99_ms: 1}\n"
                + "  - {name: yes, shape: blob, ops_per_sec: 1, p99_ms: 1}");
        assertThat(file.workloads()).extracting(Workload::name).containsExactly("2024", "yes");
    }
}
