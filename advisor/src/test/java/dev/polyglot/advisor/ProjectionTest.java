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

    /** Re-planned from scratch, one engine that does everything at many nodes would replace Postgres; grown, it stays. */
    @Test void twelveMonthsOnIsTheSeedsFourEngineStack() {
        Advice twelve = advisor.adviseIn(walletkart(), 12);
        assertThat(twelve.allServed()).isTrue();
        assertThat(engines(twelve)).containsExactlyInAnyOrder("postgres", "redis", "elasticsearch", "clickhouse");
        assertThat(SeedExamplesTest.route(twelve, "merchant search").engine()).isEqualTo("elasticsearch");
        assertThat(SeedExamplesTest.route(twelve, "wallet balance lookup").engine()).isEqualTo("postgres");
    }
}
