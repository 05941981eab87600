package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 004's worked examples, reproduced with their reasoning. */
class SeedExamplesTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    static Map<String, Role> roles(Advice a) {
        return a.portfolio().stream().collect(Collectors.toMap(Advice.PortfolioEntry::engine, Advice.PortfolioEntry::role));
    }

    static Advice.Route route(Advice a, String workload) {
        return a.routes().stream().filter(r -> r.workload().equals(workload)).findFirst().orElseThrow();
    }


    @Test void walletkartDayOneIsPostgresWithTsvectorAndSettlementOnPostgres() {
        Advice a = advisor.advise(Walletkart.dayOne());
        assertThat(a.allServed()).isTrue();
        assertThat(roles(a)).containsEntry("postgres", Role.SOURCE_OF_TRUTH);
        var search = route(a, "merchant search");
        assertThat(search.engine()).isEqualTo("postgres");
        assertThat(search.fit()).isEqualTo(Fit.EMULATED);
        assertThat(search.via()).contains("tsvector");
        assertThat(search.p99EstimateMs()).isLessThan(search.p99BudgetMs());
        assertThat(route(a, "monthly settlement aggregates").engine()).isEqualTo("postgres");
        assertThat(route(a, "wallet balance lookup").consistency()).isEqualTo(Consistency.STRONG);
        var growth = a.growth().stream().filter(g -> g.workload().equals("merchant search")).findFirst().orElseThrow();
        assertThat(growth.nextEngine()).isEqualTo("elasticsearch");
        assertThat(growth.trigger()).contains("tsvector").contains("searches/s");
        assertThat(growth.monthsLeft().getAsDouble()).isBetween(9.0, 13.0);
        assertThat(a.portfolio()).filteredOn(p -> p.role() == Role.HEADROOM).singleElement()
                .satisfies(p -> assertThat(p.engine()).isEqualTo("elasticsearch"));
    }

    @Test void atSixMonthsSearchAtFiveHundredPerSecondBringsElasticsearch() {
        Advice a = advisor.advise(Walletkart.sixMonths());
        assertThat(a.allServed()).isTrue();
        assertThat(roles(a)).containsEntry("postgres", Role.SOURCE_OF_TRUTH).containsEntry("elasticsearch", Role.DERIVED);
        assertThat(route(a, "merchant search").engine()).isEqualTo("elasticsearch");
        assertThat(route(a, "merchant search").fit()).isEqualTo(Fit.NATIVE);
        var es = a.portfolio().stream().filter(p -> p.engine().equals("elasticsearch")).findFirst().orElseThrow();
        assertThat(es.reason()).contains("signal 1").contains("tsvector");
        assertThat(a.sync()).contains(new Advice.SyncEdge("postgres", "elasticsearch", SyncMethod.CDC, Consistency.BOUNDED_STALENESS));
    }

    @Test void atTwelveMonthsMinuteLongSettlementsBringClickhouse() {
        Advice a = advisor.advise(Walletkart.twelveMonths());
        assertThat(nonHeadroom(a)).containsExactlyInAnyOrder("postgres", "elasticsearch", "clickhouse");
        assertThat(route(a, "monthly settlement aggregates").engine()).isEqualTo("clickhouse");
        var ch = a.portfolio().stream().filter(p -> p.engine().equals("clickhouse")).findFirst().orElseThrow();
        assertThat(ch.reason()).contains("signal 2");
        assertThat(a.sync()).anyMatch(e -> e.to().equals("clickhouse") && e.method() == SyncMethod.CDC);
    }

    @Test void theMerchantDashboardsFiveQueriesEachGoToTheirEngine() {
        List<Workload> five = List.of(
                Workload.builder("total volume yesterday", Shape.AGGREGATE).opsPerSec(50).p99Ms(1000).rowsPerQuery(50_000_000)
                        .records(2_000_000_000L).consistency(Consistency.EVENTUAL).build(),
                Workload.builder("last 20 captured payments", Shape.RANGE_SCAN).opsPerSec(3000).p99Ms(50).rowsPerQuery(20)
                        .consistency(Consistency.READ_YOUR_WRITES).build(),
                Workload.builder("search customer by email", Shape.FULL_TEXT).opsPerSec(2000).p99Ms(200)
                        .staleness(Duration.ofSeconds(30)).build(),
                Workload.builder("available balance", Shape.POINT_LOOKUP).opsPerSec(3000).p99Ms(50).consistency(Consistency.STRONG).build(),
                Workload.builder("suggested actions", Shape.VECTOR_KNN).opsPerSec(1000).p99Ms(50).records(50_000_000).dimensions(256)
                        .consistency(Consistency.EVENTUAL).build());
        Advice a = advisor.advise(Walletkart.file(five));
        assertThat(a.allServed()).isTrue();
        assertThat(route(a, "available balance").engine()).isEqualTo("postgres");
        assertThat(route(a, "last 20 captured payments").engine()).isEqualTo("postgres");
        assertThat(route(a, "search customer by email").engine()).isEqualTo("elasticsearch");
        assertThat(route(a, "total volume yesterday").engine()).isEqualTo("clickhouse");
        // 50M vectors are past pgvector's ceiling; Elasticsearch's HNSW carries them beside search, so no fourth engine
        assertThat(route(a, "suggested actions").engine()).isNotEqualTo("postgres");
        assertThat(advisor.evaluate(Walletkart.file(five), five.get(4), "postgres")).isInstanceOf(Verdict.CannotServe.class);
        assertThat(nonHeadroom(a)).containsExactlyInAnyOrder("postgres", "elasticsearch", "clickhouse");
    }

    @Test void aSingleShapeSystemStaysOnOneEngine() {
        List<Workload> webhooks = List.of(
                Workload.builder("ingest webhooks", Shape.TIME_SERIES).opsPerSec(5000).p99Ms(100).readRatio(0.05)
                        .consistency(Consistency.EVENTUAL).build(),
                Workload.builder("dashboard aggregations", Shape.AGGREGATE).opsPerSec(0.5).p99Ms(2000).rowsPerQuery(200_000_000)
                        .consistency(Consistency.EVENTUAL).build());
        Advice a = advisor.advise(Walletkart.file(webhooks));
        assertThat(a.portfolio()).extracting(Advice.PortfolioEntry::engine).containsExactly("clickhouse");
        assertThat(a.portfolio().get(0).role()).isEqualTo(Role.SOURCE_OF_TRUTH);
    }

    @Test void aPureLedgerStaysOnPostgres() {
        List<Workload> ledger = List.of(
                Workload.builder("post ledger entry", Shape.POINT_LOOKUP).opsPerSec(500).readRatio(0.1).p99Ms(50).build(),
                Workload.builder("account balance", Shape.POINT_LOOKUP).opsPerSec(1500).p99Ms(50).build(),
                Workload.builder("statement", Shape.RANGE_SCAN).opsPerSec(100).p99Ms(200).rowsPerQuery(100)
                        .consistency(Consistency.READ_YOUR_WRITES).build());
        Advice a = advisor.advise(Walletkart.file(ledger));
        assertThat(a.portfolio()).extracting(Advice.PortfolioEntry::engine).containsExactly("postgres");
        assertThat(a.growth()).isEmpty();
    }

    @Test void noProperSubsetOfTheNonHeadroomPortfolioServesEverything() {
        for (WorkloadsFile file : List.of(Walletkart.dayOne(), Walletkart.sixMonths(), Walletkart.twelveMonths())) {
            Advice a = advisor.advise(file);
            List<String> engines = nonHeadroom(a);
            assertThat(advisor.assess(file, Set.copyOf(engines)).servesAll()).isTrue();
            for (String left : engines) {
                Set<String> rest = engines.stream().filter(e -> !e.equals(left)).collect(Collectors.toSet());
                assertThat(advisor.assess(file, rest).servesAll()).as("without " + left).isFalse();
            }
        }
    }

    @Test void anUnservableWorkloadSaysWhichLimitAndByHowMuch() {
        Workload impossible = Workload.builder("sub-microsecond", Shape.POINT_LOOKUP).opsPerSec(100).p99Ms(0.01).build();
        Advice a = advisor.advise(Walletkart.file(List.of(Walletkart.balance(), impossible)));
        assertThat(a.unserved()).singleElement().satisfies(u -> {
            assertThat(u.workload()).isEqualTo("sub-microsecond");
            assertThat(u.reason()).contains("budget").containsPattern("\\d+x");
        });
        assertThat(a.routes()).extracting(Advice.Route::workload).containsExactly("wallet balance lookup");
    }

    static List<String> nonHeadroom(Advice a) {
        return a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).map(Advice.PortfolioEntry::engine).toList();
    }

    static ByteSize gb(double gb) { return ByteSize.ofGigabytes(gb); }
}
