package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed schema is the generated one, every example validates against it, and broken documents do not.
 * After a change to the key table, regenerate with
 * {@code mvn -q -B -pl workloads test -Dtest=WorkloadsSchemaTest -Dgolden.update=true} (or {@code polyglot schema --output}).
 */
class WorkloadsSchemaTest {
    private static final Path COMMITTED = Path.of("..", "schemas", "workloads-v1.schema.json");
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(WorkloadsSchema.json());
    private static final String VALID = """
            version: 1
            workloads:
              - name: w
                shape: point-lookup
                ops_per_sec: 800
                p99_ms: 50
            """;

    @Test
    void committedSchemaIsTheGeneratedOne() throws IOException {
        if (Boolean.getBoolean("golden.update")) Files.writeString(COMMITTED, WorkloadsSchema.json());
        assertThat(Files.readString(COMMITTED)).as("regenerate with -Dgolden.update=true").isEqualTo(WorkloadsSchema.json());
    }

    @Test
    void schemaIsValidJsonNamingItsDraft() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(WorkloadsSchema.json());
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.at("/definitions/workload/properties").size()).isEqualTo(KeyTable.in(Key.Scope.WORKLOAD).size());
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleValidates(Path example) throws IOException {
        assertThat(validate(Files.readString(example))).isEmpty();
    }

    @Test
    void minimalFileAndTolerantSpellingsValidate() throws IOException {
        assertThat(validate(VALID)).isEmpty();
        assertThat(validate(VALID.replace("point-lookup", "Point Lookup")
                + "    working_set: \"512 MiB\"\n    records: 1.5B\n    growth: 2x/year\n    read_write: \"90:10\"\n"
                + "    staleness: 30s\n")).isEmpty();
        assertThat(validate(VALID.replace("ops_per_sec: 800", "ops_per_sec: 200k"))).as("ops_per_sec as a count").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "version: 2\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1}]",
            "version: 1\nworkloads: []",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1, p99: 1ms}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: -1, p99_ms: 1}]",
            "version: 1\nworkloads: [{name: w, shape: queue, ops_per_sec: 1, p99_ms: 1}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_msec: 1}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1, read_ratio: 1.5}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1, working_set: 2 GBs}]",
            "version: 1\nworkloads: [{name: w, shape: vector-knn, ops_per_sec: 1, p99_ms: 1}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1, consistency: bounded-staleness}]",
            "version: 1\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1, consistency: eventual, staleness: 1h}]",
            "version: 1\nconstraints: {prefer: [oracle]}\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1}]",
            "version: 1\nconstraints: {max_engines: 0}\nworkloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1}]",
            "workloads: [{name: w, shape: blob, ops_per_sec: 1, p99_ms: 1}]"})
    void brokenDocumentsFail(String yaml) throws IOException {
        assertThat(validate(yaml)).isNotEmpty();
        assertThat(WorkloadsReader.read("x.yml", yaml)).as("the reader agrees").isInstanceOf(ParseOutcome.Rejected.class);
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return SCHEMA.validate(new YAMLMapper().readTree(yaml));
    }
}
