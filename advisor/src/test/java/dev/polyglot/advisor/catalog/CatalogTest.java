package dev.polyglot.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.StandardEngineIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Catalog catalog = Catalog.builtIn();

    @Test void everyStandardEngineIdHasARowInItsFamily() {
        StandardEngineIds.FAMILIES.forEach((id, family) -> {
            assertThat(catalog.engine(id)).as(id).isPresent();
            assertThat(catalog.engine(id).get().family()).as(id).isEqualTo(family);
        });
        StandardEngineIds.EQUIVALENTS.forEach((alias, id) -> assertThat(catalog.canonical(alias)).as(alias).contains(id));
    }

    @Test void everyFigureCarriesASource() {
        for (EngineSpec e : catalog.engines()) {
            assertThat(e.operationalCost().source()).as(e.id()).isNotBlank();
            for (Figure f : List.of(e.scaling().maxReplicas(), e.scaling().maxShards(), e.scaling().coresPerNode(),
                    e.scaling().ramGbPerNode(), e.scaling().storageGbPerNode(), e.scaling().diskReadMs(), e.derived().lagS())) {
                assertThat(f.source()).as(e.id()).isNotBlank();
            }
            e.shapes().values().forEach(c -> c.figures().forEach((k, f) -> assertThat(f.source()).as(e.id() + " " + k).isNotBlank()));
        }
    }

    @Test void sourcesAreExpandedFromTheirKeys() {
        var tsvector = catalog.require("postgres").capability(Shape.FULL_TEXT).orElseThrow();
        assertThat(tsvector.via()).contains("tsvector");
        assertThat(tsvector.ceilingOps().orElseThrow().source()).startsWith("seed 004 walletkart");
        assertThat(catalog.require("memcached").capability(Shape.FULL_TEXT)).isEmpty();
    }

    @Test void anOverrideChangesOneFieldAndAddsAnEngine() {
        String over = """
                version: 1
                engines:
                  - id: valkey
                    durability: durable
                    shapes:
                      point-lookup: {fit: native, service_ms: [0.3, "our own bench"], ops_per_node: [90000, assumed]}
                  - id: rockset
                    family: search
                    durability: durable
                    operational_cost: [1, assumed]
                    sync: cdc
                    consistency: {primary: strong, derived: {level: eventual, lag_s: [2, assumed]}}
                    scaling: {max_replicas: [0, assumed], max_shards: [1, assumed], cores_per_node: [8, assumed],
                              ram_gb_per_node: [32, assumed], storage_gb_per_node: [100, assumed], disk_read_ms: [0.1, assumed]}
                    shapes:
                      full-text: {fit: native, service_ms: [10, assumed]}
                """;
        Catalog merged = CatalogReader.read(List.of(CatalogReader.builtInLayer(), new CatalogReader.Layer("mine.yml", over))).orElseThrow();
        EngineSpec redis = merged.require("redis");
        assertThat(redis.durability()).isEqualTo(DurabilityClass.DURABLE);
        assertThat(redis.capability(Shape.POINT_LOOKUP).orElseThrow().serviceMs().source()).isEqualTo("our own bench");
        assertThat(redis.capability(Shape.RANGE_SCAN)).as("shapes merge per shape").isPresent();
        assertThat(merged.engine("rockset")).isPresent();
        assertThat(merged.size()).isEqualTo(catalog.size() + 1);
    }

    @Test void problemsNameFileLineAndColumnWithASuggestion() {
        String over = """
                version: 1
                engines:
                  - id: postgres
                    scalling: {}
                    shapes:
                      full-text: {fit: emulated, service_ms: 40}
                """;
        CatalogOutcome outcome = CatalogReader.read(List.of(CatalogReader.builtInLayer(), new CatalogReader.Layer("mine.yml", over)));
        assertThat(outcome).isInstanceOf(CatalogOutcome.Rejected.class);
        List<String> messages = ((CatalogOutcome.Rejected) outcome).problems().stream().map(Problem::toString).toList();
        assertThat(messages).anyMatch(m -> m.startsWith("mine.yml:4:5: unknown key 'scalling'") && m.contains("did you mean 'scaling'?"));
        assertThat(messages).anyMatch(m -> m.startsWith("mine.yml:6:18:") && m.contains("name the technique with 'via'"));
        assertThat(messages).anyMatch(m -> m.startsWith("mine.yml:6:") && m.contains("every figure names its source"));
    }

    @Test void brokenYamlIsOneProblemAtItsPosition() {
        CatalogOutcome outcome = CatalogReader.read(List.of(new CatalogReader.Layer("bad.yml", "version: 1\nengines: [\n")));
        assertThat(((CatalogOutcome.Rejected) outcome).problems().get(0).toString()).startsWith("bad.yml:3:");
    }
}
