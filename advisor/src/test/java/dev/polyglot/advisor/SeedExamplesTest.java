package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

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


    @Test void walletkartDayOneIsPostgresPlusRedisWithTsvectorAndSettlementOnPostgres() {
        Advice a = advisor.advise(Walletkart.dayOne());
        assertThat(a.allServed()).isTrue();
        // "Riya's day-1 stack is Postgres + Redis": the nightly carousel is cache data, which lives only in a cache.
        assertThat(nonHeadroom(a)).containsExactlyInAnyOrder("postgres", "redis");
        assertThat(roles(a)).containsEntry("postgres", Role.SOURCE_OF_TRUTH).containsEntry("redis", Role.DERIVED);
        assertThat(route(a, "homepage carousel").engine()).isEqualTo("redis");
        assertThat(a.sync()).anyMatch(e -> e.from().equals("postgres") && e.to().equals("redis") && e.method() == SyncMethod.CACHE_ASIDE);
        var search = route(a, "merchant search");
        assertThat(search.engine()).isEqualTo("postgres");
        assertThat(search.fit()).isEqualTo(Fit.EMULATED);
        assertThat(search.via()).contains("tsvector");
        assertThat(search.p99EstimateMs()).isLessThan(search.p99BudgetMs());
        assertThat(route(a, "monthly settlement aggregates").engine()).isEqualTo("postgres");
        assertThat(route(a, "wallet balance lookup").consistency()).isEqualTo(Consistency.STRONG);
        var growth = a.growth().stream().filter(g -> g.workload().equals("merchant search")).findFirst().orElseThrow();
        assertThat(growth.nextEngine()).contains("elasticsearch");
        assertThat(growth.trigger()).contains("tsvector").contains("searches/s");
        // Seed 004: "six months later ... tsvector p99 climbs". Searches and merchants both grow 20% a month, so each
        // search ranks more matches as more of them arrive: the node's capacity meets the rate at about 7 months.
        assertThat(growth.monthsLeft().getAsDouble()).isBetween(6.0, 9.0);
        assertThat(a.portfolio()).filteredOn(p -> p.role() == Role.HEADROOM).singleElement()
                .satisfies(p -> assertThat(p.engine()).isEqualTo("elasticsearch"));
    }

    /** The alternatives named are the ones a team would reach for: seed 004's canonical engine per shape, same family first. */
    @Test void runnerUpsAndSuccessorsComeFromThePickingMatrix() {
        Advice a = advisor.advise(Walletkart.dayOne());
        assertThat(route(a, "wallet balance lookup").runnerUp()).contains("mysql");
        assertThat(route(a, "transaction history").runnerUp()).contains("mysql");
        assertThat(route(a, "merchant search").runnerUp()).contains("elasticsearch");
        assertThat(route(a, "homepage carousel").runnerUp()).contains("memcached");
        assertThat(route(a, "monthly settlement aggregates").runnerUp()).contains("clickhouse");
        // strong data outgrowing one primary moves to a self-hostable NewSQL, not a single cloud's service
        Advice growing = advisor.advise(Walletkart.file(List.of(Walletkart.balance(),
                Walletkart.history().toBuilder().growth(Walletkart.TWENTY_PERCENT).build(), Walletkart.carousel())));
        var history = growing.growth().stream().filter(g -> g.workload().equals("transaction history")).findFirst().orElseThrow();
        assertThat(history.nextEngine()).contains("cockroachdb");
    }

    /**
     * Seed 004 puts Redis in Riya's day-1 stack, but with its own numbers (800 reads/s, a 30 ms budget, stale by
     * hours) Postgres serves the carousel at about 1 ms, so the smallest portfolio leaves a cache out. A cache
     * earns its place the moment the budget is one Postgres cannot meet (signal 2); for ephemeral data the
     * cheapest to run is Memcached, Redis's peer in the seed's matrix.
     */
    @Test void forDurableDataACacheEarnsItsPlaceOnlyWithABudgetPostgresCannotMeet() {
        var durable = Walletkart.carousel().toBuilder().durability(dev.polyglot.workloads.Durability.DURABLE).build();
        assertThat(roles(advisor.advise(Walletkart.file(List.of(Walletkart.balance(), Walletkart.history(), Walletkart.search(),
                durable, Walletkart.settlement()))))).doesNotContainKey("redis");
        var tight = durable.toBuilder().p99Ms(0.8).build();
        Advice a = advisor.advise(Walletkart.file(List.of(Walletkart.balance(), Walletkart.history(), Walletkart.search(), tight,
                Walletkart.settlement())));
        String cache = route(a, "homepage carousel").engine();
        assertThat(cache).isIn("redis", "memcached");
        var entry = a.portfolio().stream().filter(p -> p.engine().equals(cache)).findFirst().orElseThrow();
        assertThat(entry.family()).isEqualTo("key-value");
        assertThat(entry.reason()).contains("signal 2").contains("over the 0.8 ms budget on postgres");
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
        assertThat(nonHeadroom(a)).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch", "clickhouse");
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
}
