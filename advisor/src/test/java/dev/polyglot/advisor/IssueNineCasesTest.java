package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.Limit;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of issue 9, answered as a principal data engineer would sign them. */
class IssueNineCasesTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();
    private final Estimator estimator = new Estimator(ModelAssumptions.DEFAULT);

    /** Discord's shape: 600 TB, 2T messages, 60k ops/s, half writes, eventual (72-177 Cassandra/ScyllaDB nodes). */
    static Workload chat() {
        return Workload.builder("chat messages", Shape.POINT_LOOKUP).opsPerSec(60_000).readRatio(0.5).p99Ms(50)
                .records(2_000_000_000_000L).workingSet(ByteSize.ofGigabytes(600_000)).consistency(Consistency.EVENTUAL).build();
    }

    /** A viewing history: 1T rows, 2 PB, 70% writes, eventual. */
    static Workload viewingHistory() {
        return Workload.builder("viewing history", Shape.RANGE_SCAN).opsPerSec(30_000).readRatio(0.3).p99Ms(100).rowsPerQuery(50)
                .records(1_000_000_000_000L).workingSet(ByteSize.ofGigabytes(2_000_000)).consistency(Consistency.EVENTUAL).build();
    }

    /** An aggregate dashboard over 2B rows at 2 queries/s with a 3 s budget. */
    static Workload dashboard() {
        return Workload.builder("dashboard", Shape.AGGREGATE).opsPerSec(2).p99Ms(3000).records(2_000_000_000L).rowsPerQuery(2_000_000_000L)
                .workingSet(ByteSize.ofGigabytes(200)).consistency(Consistency.EVENTUAL).build();
    }

    private static WorkloadsFile alone(Workload w) { return Walletkart.file(List.of(w)); }

    @Test void theChatStoreGoesToAWideColumnStoreAtTensToLowHundredsOfNodes() {
        Advice a = advisor.advise(alone(chat()));
        assertThat(a.allServed()).isTrue();
        assertThat(a.portfolio()).singleElement().satisfies(p -> {
            assertThat(p.family()).isEqualTo("wide-column");
            assertThat(p.nodes()).isBetween(20, 400);
        });
        noEngineAtTenTimesAnothersNodes(a, alone(chat()));
        // with the NewSQL engines and DynamoDB out, still not ClickHouse: its writes would be single-row inserts
        Advice narrowed = advisor.advise(alone(chat()).withConstraints(Walletkart.excluding("dynamodb", "spanner", "cockroachdb", "tidb", "yugabytedb")));
        assertThat(narrowed.portfolio()).extracting(Advice.PortfolioEntry::family).containsExactly("wide-column");
        var ch = (Estimate.Fails) estimator.estimate(chat(), Catalog.builtIn().require("clickhouse"));
        assertThat(ch.limit()).isEqualTo(Limit.THROUGHPUT);
        // DynamoDB is sized in node-equivalents of its capacity units, not 10 GB partitions
        var dynamo = (Estimate.Fits) estimator.estimate(chat(), Catalog.builtIn().require("dynamodb"));
        assertThat(dynamo.nodes()).isLessThan(200);
    }

    @Test void theViewingHistoryGoesToAWideColumnStore() {
        Advice a = advisor.advise(alone(viewingHistory()));
        assertThat(a.portfolio()).singleElement().satisfies(p -> assertThat(p.family()).isEqualTo("wide-column"));
        noEngineAtTenTimesAnothersNodes(a, alone(viewingHistory()));
    }

    @Test void theDashboardIsServedByClickhouseFanningTheScanOut() {
        Advice a = advisor.advise(alone(dashboard()));
        assertThat(a.allServed()).isTrue();
        var route = a.routes().get(0);
        assertThat(route.engine()).isEqualTo("clickhouse");
        assertThat(route.assumes()).singleElement().isEqualTo("the scan fans out over 8 shards to meet its 3 s budget (the data needs 1)");
        // s(8) = 20 ms + 2B / (1B/s * 8) + 8 * 2 ms = 286 ms; each shard is busy 250 ms + 20 ms / 16 cores = 251.25 ms a
        // query, so the shard set takes 3.98 queries/s: p99 = 286 + ln(100 * 0.5025) / (1 - 0.5025) * 251.25 = 2.26 s
        double s = 20 + 2000.0 / 8 + 16;
        double busy = 2000.0 / 8 + 20.0 / 16;
        double rho = 2 * busy / 1000;
        assertThat(route.p99EstimateMs()).isCloseTo(s + Math.log(100 * rho) / (1 - rho) * busy, org.assertj.core.api.Assertions.within(0.1));
        assertThat(a.portfolio().get(0).nodes()).isEqualTo(8);
        assertThat(a.portfolio().get(0).nodesDrivenBy()).isEqualTo("dashboard: its 3 s budget: the scan fans out over 8 shards");
    }

    /**
     * One dashboard query every 50 s whose scan alone takes 4 of its 5 s on Postgres: read replicas would only thin a
     * queue it hardly has, so the route stops fitting (signal 2) and another engine takes it (TimescaleDB scans it in
     * 0.7 s and holds the orders too), instead of Postgres growing replicas to dilute the wait.
     */
    @Test void replicasNeverDiluteTheQueueOfAnOperationThatTakesMostOfItsBudget() {
        Workload report = Workload.builder("daily report", Shape.AGGREGATE).opsPerSec(0.02).p99Ms(5000).rowsPerQuery(60_000_000)
                .records(60_000_000).staleness(Duration.ofHours(24)).build();
        var pg = (Estimate.Fails) estimator.estimate(report, Catalog.builtIn().require("postgres"));
        assertThat(pg.limit()).isEqualTo(Limit.BUDGET);
        assertThat(pg.reason()).contains("over the 5 s budget on postgres");
        Workload orders = Workload.builder("orders", Shape.POINT_LOOKUP).opsPerSec(500).p99Ms(50).build();
        Advice a = advisor.advise(Walletkart.file(List.of(orders, report)));
        assertThat(a.allServed()).isTrue();
        assertThat(a.routes()).filteredOn(r -> r.workload().equals("daily report")).singleElement()
                .satisfies(r -> assertThat(r.engine()).isNotEqualTo("postgres"));
        assertThat(a.portfolio()).allSatisfy(p -> assertThat(p.nodes()).isEqualTo(1));
        // the same query at a fifth of the rows (0.8 s of its 5 s) is Postgres's to keep
        var small = estimator.estimate(report.toBuilder().rowsPerQuery(12_000_000).build(), Catalog.builtIn().require("postgres"));
        assertThat(small).isInstanceOf(Estimate.Fits.class);
    }

    /** No engine of the answer runs at ten times the nodes another catalog engine needs for the same workloads. */
    private void noEngineAtTenTimesAnothersNodes(Advice a, WorkloadsFile file) {
        Catalog catalog = Catalog.builtIn();
        for (var p : a.portfolio()) {
            for (var other : catalog.engines()) {
                boolean servesAll = p.workloads().stream().allMatch(name ->
                        estimator.estimate(file.workload(name).orElseThrow(), other) instanceof Estimate.Fits);
                if (!servesAll) continue;
                int most = p.workloads().stream().mapToInt(name ->
                        ((Estimate.Fits) estimator.estimate(file.workload(name).orElseThrow(), other)).nodes()).max().orElse(1);
                assertThat(p.nodes()).as(p.engine() + " against " + other.id()).isLessThan(10 * most + 1);
            }
        }
    }
}
