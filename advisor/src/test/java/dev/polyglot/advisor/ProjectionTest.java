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
        assertThat(later.systemName()).as("the system keeps its name; reports say how far ahead").isEqualTo("walletkart");
        var search = later.workload("merchant search").orElseThrow();
        assertThat(search.opsPerSec()).isCloseTo(60 * Math.pow(1.2, 6), org.assertj.core.data.Offset.offset(0.01));
        assertThat(later.workload("wallet balance lookup")).isEqualTo(today.workload("wallet balance lookup"));  // no growth rate
        assertThat(Projection.after(today, 0)).isSameAs(today);
        assertThatThrownBy(() -> Projection.after(today, -1)).hasMessageContaining("from 0 to 120");
        assertThatThrownBy(() -> Projection.after(today, 121)).hasMessageContaining("from 0 to 120");
    }

    @Test void aProjectionPastAnyForecastNamesTheWorkloadAndTheMonthsItAllows() {
        WorkloadsFile today = Walletkart.dayOne();
        assertThat(Projection.beyondForecast(today, 60)).as("20%/month for five years stays countable").isEmpty();
        // 5GB grown 1.2^120 = 3.2e9 times is 1.6e19 bytes, past 2^63: 20%/month for ten years is not a forecast
        assertThat(Projection.beyondForecast(today, 120)).hasValueSatisfying(why -> assertThat(why)
                .contains("workload 'merchant search' grows 20%/month", "a data set too large to count", "at most 117 months"));
        var hot = today.workloads().get(0).toBuilder().name("hot feed").opsPerSec(1e6)
                .growth(dev.polyglot.workloads.GrowthRates.parse("10x/week").toOptional().orElseThrow()).build();
        WorkloadsFile wild = today.withWorkloads(List.of(hot));
        // 10x a week is about 2.2e4 a month: 1e6 ops/s pass 1e12 after log(1e6)/log(2.2e4) = 1.38 months
        assertThat(Projection.beyondForecast(wild, 120)).hasValueSatisfying(why -> assertThat(why)
                .contains("workload 'hot feed' grows 10x/week", "in 120 months", "more than 10^12 ops/s", "ask for at most 1 month"));
        assertThat(Projection.beyondForecast(wild, 1)).isEmpty();
        assertThatThrownBy(() -> Projection.after(wild, 120)).hasMessageContaining("hot feed");
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
