package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004's walletkart months later: the portfolio grows by demand, each engine added when a workload needs it. */
class ProjectionTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    private static WorkloadsFile walletkart() {
        return ((ParseOutcome.Parsed) WorkloadsReader.read(Path.of("../examples/walletkart.yml"))).file();
    }

    private static List<String> engines(Advice a) {
        return a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).map(Advice.PortfolioEntry::engine).toList();
    }

    @Test void eachWorkloadGrowsAtItsOwnRateAndTheRestStay() {
        WorkloadsFile today = Walletkart.dayOne();
        WorkloadsFile later = Projection.after(today, 6);
        assertThat(later.systemName()).isEqualTo("walletkart in 6 months");
        var search = later.workload("merchant search").orElseThrow();
        assertThat(search.opsPerSec()).isCloseTo(60 * Math.pow(1.2, 6), org.assertj.core.data.Offset.offset(0.01));
        assertThat(later.workload("wallet balance lookup")).isEqualTo(today.workload("wallet balance lookup"));  // no growth rate
        assertThat(Projection.after(today, 0)).isSameAs(today);
        assertThatThrownBy(() -> Projection.after(today, -1)).hasMessageContaining("from 0 to 120");
        assertThatThrownBy(() -> Projection.after(today, 121)).hasMessageContaining("from 0 to 120");
    }

    @Test void sixMonthsOnSettlementOutgrowsPostgresAndClickHouseJoins() {
        assertThat(engines(advisor.advise(walletkart()))).containsExactlyInAnyOrder("postgres", "redis");
        Advice six = advisor.adviseIn(walletkart(), 6);
        assertThat(six.allServed()).isTrue();
        assertThat(engines(six)).containsExactlyInAnyOrder("postgres", "redis", "clickhouse");
        assertThat(SeedExamplesTest.route(six, "monthly settlement aggregates").engine()).isEqualTo("clickhouse");
    }

    /** A store swapped in for an outgrown cache may own the data itself: the old source of truth, now idle, goes. */
    @Test void anEngineNothingNeedsAnyMoreLeavesTheProjectedPortfolio() {
        var hot = dev.polyglot.workloads.Workload.builder("hot keys", dev.polyglot.workloads.Shape.POINT_LOOKUP).opsPerSec(5000).p99Ms(10)
                .readRatio(0.9).workingSet(dev.polyglot.workloads.ByteSize.ofGigabytes(50)).records(500_000_000L)
                .staleness(java.time.Duration.ofSeconds(30)).growth(new dev.polyglot.workloads.GrowthRate(1.25, "25%/month")).build();
        WorkloadsFile file = Walletkart.file(List.of(hot));
        Advice later = advisor.adviseIn(file, 18);
        assertThat(later.allServed()).isTrue();
        List<String> engines = engines(later);
        for (String left : engines) {
            var rest = engines.stream().filter(e -> !e.equals(left)).collect(java.util.stream.Collectors.toSet());
            assertThat(advisor.assess(Projection.after(file, 18), rest).servesAll()).as("without " + left).isFalse();
        }
        assertThat(later.portfolio()).allSatisfy(p -> assertThat(p.workloads()).as(p.engine() + " carries a workload").isNotEmpty());
    }

    /** Re-planned from scratch, one engine that does everything at many nodes would replace Postgres; grown, it stays. */
    @Test void twelveMonthsOnIsTheSeedsFourEngineStack() {
        Advice twelve = advisor.adviseIn(walletkart(), 12);
        assertThat(twelve.allServed()).isTrue();
        assertThat(engines(twelve)).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch", "clickhouse");
        assertThat(SeedExamplesTest.route(twelve, "merchant search").engine()).isEqualTo("elasticsearch");
        assertThat(SeedExamplesTest.route(twelve, "wallet balance lookup").engine()).isEqualTo("postgres");
    }
}
