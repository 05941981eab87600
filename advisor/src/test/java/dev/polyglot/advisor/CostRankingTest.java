package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running cost (docs/model.md, "Cost"), with figures worked by hand from the built-in catalog. */
class CostRankingTest {
    private final CatalogAdvisor advisor = CatalogAdvisor.builtIn();

    private static Advice.PortfolioEntry entry(Advice a, String engine) {
        return a.portfolio().stream().filter(p -> p.engine().equals(engine)).findFirst().orElseThrow();
    }

    /**
     * 500 strong lookups a second, 10% writes. Postgres: mu = 1 / (0.9/30000 + 0.1/10000) = 25,000/s, share
     * 500 / 17,500 = 0.029 of a node, billed the smallest instance, 1/8 of $560: $5,000 + $70 = $5,070. DynamoDB:
     * mu = 1 / (0.9/2700 + 0.1/540) = 1,928.6/s, share 0.370 of a $256 node-equivalent: $5,094.8. Postgres and MySQL
     * cost the same; with no incumbent the generalist tie goes to catalog order, with {@code prefer: [mariadb]} to MySQL.
     */
    @Test void equallySmallPortfoliosAreRankedByRunningCost() {
        Workload balance = Workload.builder("balance", Shape.POINT_LOOKUP).opsPerSec(500).p99Ms(50).build();
        Advice a = advisor.advise(Walletkart.file(List.of(balance)));
        assertThat(a.portfolio()).extracting(Advice.PortfolioEntry::engine).containsExactly("postgres");
        var pg = entry(a, "postgres");
        assertThat(pg.cost().billedNodes()).isEqualTo(0.125);
        assertThat(pg.cost().usdPerMonth()).isCloseTo(5_070, within(0.01));
        assertThat(a.cost().usdPerMonth()).isCloseTo(5_070, within(0.01));
        Advice dynamo = advisor.advise(Walletkart.file(List.of(balance)).withConstraints(Walletkart.excluding("postgres", "mysql", "timescaledb")));
        assertThat(dynamo.portfolio()).extracting(Advice.PortfolioEntry::engine).containsExactly("dynamodb");
        assertThat(entry(dynamo, "dynamodb").cost().usdPerMonth()).isCloseTo(5_000 + 500 / (1 / (0.9 / 2700 + 0.1 / 540.0) * 0.7) * 256, within(0.01));
    }

    /**
     * 600 TB of chat messages: HBase holds 10 TB a node, 60 nodes at $560 plus 600,000 GB at $0.135 (st1 at HDFS
     * replication 3) and its $12,500 fixed cost: $127,100. DynamoDB's 600,000 GB alone cost $150,000 a month.
     */
    @Test void costAddsFixedNodesAndStorage() {
        Advice a = advisor.advise(Walletkart.file(List.of(IssueNineCasesTest.chat())));
        var e = a.portfolio().get(0);
        assertThat(e.engine()).isEqualTo("hbase");
        assertThat(e.nodes()).isEqualTo(60);
        assertThat(e.cost().storage()).isCloseTo(600_000 * 0.135, within(0.01));
        assertThat(e.cost().usdPerMonth()).isCloseTo(12_500 + 60 * 560 + 81_000, within(0.01));
        assertThat(e.nodesDrivenBy()).isEqualTo("chat messages: its working set, 600TB at 10k GB a node (60 shards)");
    }

    /** A headroom engine's cost is kept apart from what is needed today. */
    @Test void headroomIsCostedApart() {
        Advice a = advisor.advise(Walletkart.dayOne());
        double needed = a.portfolio().stream().filter(p -> p.role() != Role.HEADROOM).mapToDouble(p -> p.cost().usdPerMonth()).sum();
        double headroom = a.portfolio().stream().filter(p -> p.role() == Role.HEADROOM).mapToDouble(p -> p.cost().usdPerMonth()).sum();
        assertThat(headroom).isGreaterThan(0);
        assertThat(a.cost().usdPerMonth()).isCloseTo(needed, within(1e-6));
        assertThat(a.cost().headroomUsdPerMonth()).isCloseTo(headroom, within(1e-6));
    }

    /** The pooled share of an emulated technique is its load on the node, not on its deployment-wide ceiling. */
    @Test void anEmulatedCeilingIsNotPooledAsNodeCapacity() {
        // 350 searches/s at 18 ms (3 ms + 360 of 200,000 merchants ranked at 24,000/s) on a 16-core node:
        // 350 / (889 * 0.7) = 0.56 of a node, not 350 / (500 * 0.7) = 1.0
        Workload search = Walletkart.search().toBuilder().opsPerSec(350).build();
        Workload lookups = Workload.builder("lookups", Shape.POINT_LOOKUP).opsPerSec(3000).p99Ms(50).workingSet(ByteSize.ofGigabytes(1)).build();
        Advice a = advisor.advise(Walletkart.file(List.of(search, lookups)));
        var pg = entry(a, "postgres");
        assertThat(pg.nodes()).isEqualTo(1);
        assertThat(pg.nodesDrivenBy()).contains("tsvector ceiling of about 500/s is for the whole deployment");
        assertThat(a.routes()).allSatisfy(r -> assertThat(r.engine()).isEqualTo("postgres"));
        assertThat(a.routes().stream().filter(r -> r.workload().equals("merchant search")).findFirst().orElseThrow().consistency())
                .isEqualTo(Consistency.STRONG);
    }
}
