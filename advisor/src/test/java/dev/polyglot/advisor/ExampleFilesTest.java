package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example files written from seeds 000, 001 and 003, with the reasoning each answer rests on. */
class ExampleFilesTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    private Advice advise(String example) {
        var outcome = WorkloadsReader.read(Path.of("../examples", example));
        return advisor.advise(((ParseOutcome.Parsed) outcome).file());
    }

    private static Advice.Route route(Advice a, String workload) { return SeedExamplesTest.route(a, workload); }

    @Test void twitterKeepsPostgresAsTruthWithSearchAndAnalyticsFedByCdcAndTheTimelineCacheAside() {
        Advice a = advise("twitter.yml");
        assertThat(a.allServed()).isTrue();
        assertThat(route(a, "tweet search").engine()).isEqualTo("elasticsearch");
        // a two-hop "who to follow" fits a recursive CTE inside its budget: no graph engine yet (seed 003 draws one)
        assertThat(route(a, "who to follow").via()).contains("recursive CTE");
        assertThat(route(a, "analytics dashboard").engine()).isEqualTo("clickhouse");
        assertThat(a.sync()).allSatisfy(e -> {
            assertThat(e.from()).isEqualTo("postgres");
            assertThat(e.method()).isEqualTo(e.to().equals("redis") ? SyncMethod.CACHE_ASIDE : SyncMethod.CDC);
        });
        assertThat(route(a, "home timeline").engine()).isEqualTo("redis");
    }

    @Test void theSocialNetworkPaysForSearchButNotForAGraphEngine() {
        Advice a = advise("social-network.yml");
        assertThat(route(a, "people and pages search").engine()).isEqualTo("elasticsearch");
        assertThat(route(a, "ads payments").consistency()).isEqualTo(dev.polyglot.workloads.Consistency.STRONG);
        assertThat(route(a, "friends of friends").p99EstimateMs()).isLessThan(route(a, "friends of friends").p99BudgetMs());
    }

    /**
     * Seed 001's product search in Elasticsearch: tsvector ranks 0.18% of 2M products (3,600 matches) in about 150 ms,
     * the whole of the 150 ms budget, where Elasticsearch answers in its 15 ms.
     */
    @Test void ecommerceRunsPostgresASessionCacheAndElasticsearchForProductSearch() {
        Advice a = advise("ecommerce.yml");
        assertThat(SeedExamplesTest.nonHeadroom(a)).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch");
        assertThat(route(a, "product search").engine()).isEqualTo("elasticsearch");
    }
}
