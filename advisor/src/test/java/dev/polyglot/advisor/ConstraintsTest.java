package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.Deployment;
import dev.polyglot.workloads.EngineRef;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The file's constraints: max_engines, prefer, exclude, deployment. */
class ConstraintsTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    private static WorkloadsFile with(WorkloadsFile file, Integer max, List<String> prefer, List<String> exclude, Deployment deployment) {
        return file.withConstraints(new Constraints(max == null ? OptionalInt.empty() : OptionalInt.of(max),
                prefer.stream().map(EngineRef::of).toList(), exclude.stream().map(EngineRef::of).toList(), deployment));
    }

    @Test void maxEnginesBelowTheMinimumLeavesTheFewestWorkloadsUnservedAndSaysWhy() {
        Advice a = advisor.advise(with(Walletkart.twelveMonths(), 1, List.of(), List.of(), Deployment.ANY));
        assertThat(a.portfolio()).extracting(Advice.PortfolioEntry::engine).containsExactly("postgres");
        assertThat(a.unserved()).extracting(Advice.Unserved::workload)
                .containsExactlyInAnyOrder("merchant search", "monthly settlement aggregates", "homepage carousel");
        assertThat(a.unserved()).allSatisfy(u -> assertThat(u.reason()).startsWith("max_engines 1:"));
    }

    @Test void anIncumbentWinsATie() {
        List<Workload> ledger = List.of(Workload.builder("balance", Shape.POINT_LOOKUP).opsPerSec(500).p99Ms(50).build());
        WorkloadsFile file = Walletkart.file(ledger);
        assertThat(advisor.advise(file).portfolio().get(0).engine()).isEqualTo("postgres");
        assertThat(advisor.advise(with(file, null, List.of("mariadb"), List.of(), Deployment.ANY)).portfolio().get(0).engine())
                .isEqualTo("mysql");
    }

    @Test void excludingTheIncumbentMovesTheTruthElsewhere() {
        Advice a = advisor.advise(with(Walletkart.dayOne(), null, List.of(), List.of("postgres"), Deployment.ANY));
        assertThat(a.portfolio()).extracting(Advice.PortfolioEntry::engine).doesNotContain("postgres");
        assertThat(a.routes()).extracting(Advice.Route::runnerUp).noneMatch(r -> r.filter("postgres"::equals).isPresent());
        assertThat(advisor.evaluate(with(Walletkart.dayOne(), null, List.of(), List.of("postgres"), Deployment.ANY),
                Walletkart.balance(), "postgres")).isInstanceOf(Verdict.CannotServe.class);
    }

    @Test void selfHostedNeverProposesAManagedOnlyService() {
        Catalog catalog = Catalog.builtIn();
        for (WorkloadsFile file : List.of(Walletkart.dayOne(), Walletkart.twelveMonths())) {
            Advice a = advisor.advise(with(file, null, List.of(), List.of(), Deployment.SELF_HOSTED));
            a.portfolio().forEach(p -> assertThat(catalog.require(p.engine()).managedOnly()).as(p.engine()).isFalse());
            a.growth().stream().flatMap(g -> g.nextEngine().stream())
                    .forEach(next -> assertThat(catalog.require(next).managedOnly()).as(next).isFalse());
        }
    }

    @Test void assessNamesEachEnginesLimitForAWorkloadTheSetCannotServe() {
        Assessment a = advisor.assess(Walletkart.sixMonths(), java.util.Set.of("postgres", "redis"));
        assertThat(a.servesAll()).isFalse();
        assertThat(a.unserved()).singleElement().satisfies(u -> {
            assertThat(u.workload()).isEqualTo("merchant search");
            assertThat(u.reason()).contains("tsvector ceiling").contains("redis does not serve full-text");
        });
    }

    /** The closest miss is numeric (pgvector's ceiling), but the engines built for the shape only miss on the default strong reads. */
    @Test void anUnservedReasonSaysWhenTheSpecialistsMissOnlyOnTheDefaultConsistency() {
        var vectors = dev.polyglot.workloads.Workload.builder("vectors", dev.polyglot.workloads.Shape.VECTOR_KNN).opsPerSec(50).p99Ms(50)
                .dimensions(768).records(20_000_000L).build();
        var advice = CatalogAdvisor.builtIn().advise(Walletkart.file(java.util.List.of(vectors)));
        assertThat(advice.unserved()).singleElement().satisfies(u -> assertThat(u.reason())
                .contains("pgvector ceiling", "qdrant", "serve vector-knn natively but not with strong reads (strong is the default"));
        var relaxed = vectors.toBuilder().staleness(java.time.Duration.ofSeconds(30)).build();
        assertThat(CatalogAdvisor.builtIn().advise(Walletkart.file(java.util.List.of(relaxed))).allServed()).isTrue();
    }
}
