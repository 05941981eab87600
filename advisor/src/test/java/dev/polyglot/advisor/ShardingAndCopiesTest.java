package dev.polyglot.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.ReadPath;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.Limit;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Relational sharding through a layer, durable copies, scan throughput that grows with shards and bounded reads on
 * eventual replicas (docs/model.md, sections 3c, 5 and 2), with figures worked by hand from the built-in catalog.
 */
class ShardingAndCopiesTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Estimator estimator = new Estimator(ModelAssumptions.DEFAULT);

    private Estimate on(String engine, Workload w) { return estimator.estimate(w, catalog.require(engine)); }

    /** Slack's shape: 2.3M keyed ops/s, 13% writes, strong, 100 TB. */
    private static Workload workspace() {
        return Workload.builder("workspace data", Shape.POINT_LOOKUP).opsPerSec(2_300_000).readRatio(0.87).p99Ms(20)
                .workingSet(ByteSize.ofGigabytes(100_000)).build();
    }

    /**
     * Past one primary, relational engines shard keyed data through their layer. MySQL through Vitess: 100 TB at 250 GB
     * an instance (one shard each) is 400 shards, each a primary and its standby, so 800 servers. Postgres through
     * Citus, whose worker holds 1 TB of logical shards: the data needs 100 shards but the load 156 (reads at
     * 30,000 x 1 / 1.149 ms = 26,114/s, writes 10,000/s, mix about 21.2k/s a node at 70%), so 312 servers. Strong
     * reads stay on the primaries.
     */
    @Test void relationalEnginesShardKeyedDataThroughTheirLayer() {
        var f = (Estimate.Fits) on("postgres", workspace());
        assertThat(f.viaLayer()).isTrue();
        assertThat(f.copies()).isEqualTo(2);
        assertThat(f.nodes()).isEqualTo(312);
        assertThat(f.derivedNodes()).isEqualTo(156);
        assertThat(f.sizing()).startsWith("throughput: 2.3M ops/s at 70% of about 21.2k/s a node (156 shards)");
        assertThat(f.assumes()).anySatisfy(s -> assertThat(s).startsWith("sharded through Citus")
                .contains("multi-key transactions and queries across shards are not modelled"));
        var mysql = (Estimate.Fits) on("mysql", workspace());
        assertThat(mysql.assumes()).anySatisfy(s -> assertThat(s).startsWith("sharded through Vitess"));
        assertThat(mysql.nodes()).isEqualTo(800);
        assertThat(mysql.sizing()).isEqualTo("its working set, 100TB at 250 GB a node (400 shards)");
    }

    /** The layer routes keyed operations only: an aggregate over 20 TB is still one primary's, which holds 10 TB. */
    @Test void queriesAcrossShardsStayOnOnePrimary() {
        Workload report = Workload.builder("report", Shape.AGGREGATE).opsPerSec(1).p99Ms(60_000).rowsPerQuery(1_000_000)
                .workingSet(ByteSize.ofGigabytes(20_000)).build();
        var f = (Estimate.Fails) on("postgres", report);
        assertThat(f.limit()).isEqualTo(Limit.WORKING_SET);
        assertThat(f.reason()).contains("postgres does not shard");
    }

    /** A workload one primary carries never pays for the layer, and small data keeps one copy plus backups. */
    @Test void onePrimaryNeedsNoLayerAndSmallDataNoStandby() {
        Workload small = workspace().toBuilder().opsPerSec(1000).workingSet(ByteSize.ofGigabytes(10)).build();
        var f = (Estimate.Fits) on("postgres", small);
        assertThat(f.viaLayer()).isFalse();
        assertThat(f.nodes()).isEqualTo(1);
        // 3 TB is past what a restore brings back within the hour: a primary and its standby
        var big = (Estimate.Fits) on("postgres", small.toBuilder().workingSet(ByteSize.ofGigabytes(3_000)).build());
        assertThat(big.viaLayer()).isFalse();
        assertThat(big.nodes()).isEqualTo(2);
        assertThat(big.sizing(false)).isEqualTo("one node carries it, each part of the data on 2 servers (its durable copies)");
        assertThat(big.sizing(true)).isEqualTo("one node carries it");
    }

    /**
     * Every durable engine keeps its copies the same way: Cassandra at replication factor 3 runs 3 servers per 4 TB of
     * data (one i3en node each, $990), MongoDB a three-member replica set per shard; a derived copy keeps one.
     */
    @Test void durableCopiesAreServersForEveryEngineThatKeepsThemOnServers() {
        Workload feed = Workload.builder("feed", Shape.RANGE_SCAN).opsPerSec(20_000).readRatio(0.5).p99Ms(60).rowsPerQuery(50)
                .workingSet(ByteSize.ofGigabytes(40_000)).consistency(Consistency.EVENTUAL).build();
        var cassandra = (Estimate.Fits) on("cassandra", feed);
        assertThat(cassandra.copies()).isEqualTo(3);
        assertThat(cassandra.nodes()).isEqualTo(30); // 40 TB at 4 TB a shard, 3 copies each
        assertThat(cassandra.derivedNodes()).isEqualTo(10);
        var mongo = (Estimate.Fits) on("mongodb", feed);
        assertThat(mongo.copies()).isEqualTo(3);
        assertThat(mongo.nodes()).isEqualTo(3 * mongo.derivedNodes());
        // HBase's three HDFS copies are blocks on disks, priced in its storage, not servers
        assertThat(((Estimate.Fits) on("hbase", feed)).copies()).isEqualTo(1);
        assertThat(catalog.require("hbase").cost().storageUsdGbMonth().value()).isCloseTo(3 * 0.045, within(1e-9));
    }

    /**
     * Shards added for a scan add throughput: each shard is busy for its 1/d of the scan plus the query's fixed 20 ms on
     * one of 16 cores. 50M rows at 1B rows/s is 50 ms. Read-your-writes dashboards cannot use ClickHouse's eventual
     * replicas, so only shards add capacity: 100 queries/s at 70% need a shard set busy at most 7 ms a query,
     * 50 / d + 1.25 <= 7 at d = 9 (146.9 queries/s). Counted the old way, busy for the whole s(d) = 20 + 50 / d + 2d ms,
     * no shard set took more than about 25 queries/s and the dashboards were unserved.
     */
    @Test void shardsAddedForAScanAddThroughput() {
        Workload dashboards = Workload.builder("dashboards", Shape.AGGREGATE).opsPerSec(100).p99Ms(3000).rowsPerQuery(50_000_000)
                .records(500_000_000_000L).workingSet(ByteSize.ofGigabytes(500)).consistency(Consistency.READ_YOUR_WRITES).build();
        var f = (Estimate.Fits) on("clickhouse", dashboards);
        assertThat(f.placement().replicaReads()).isFalse();
        assertThat(f.derivedNodes()).isEqualTo(9);
        assertThat(f.assumes()).anySatisfy(s -> assertThat(s).startsWith("the scan fans out over 9 shards"));
    }

    /** An eventual replica serves a bounded read whose bound is at least ten times its typical lag (assumed worst lag). */
    @Test void eventualReplicasServeBoundsTenTimesTheirLag() {
        ReadPath replica = catalog.require("clickhouse").replica().orElseThrow(); // eventual, ~2 s behind
        assertThat(replica.satisfies(Consistency.BOUNDED_STALENESS, Optional.of(Duration.ofMinutes(1)))).isTrue();
        assertThat(replica.satisfies(Consistency.BOUNDED_STALENESS, Optional.of(Duration.ofSeconds(19)))).isFalse();
        assertThat(replica.satisfies(Consistency.BOUNDED_STALENESS, Optional.empty())).isFalse();
        assertThat(replica.satisfies(Consistency.STRONG, Optional.empty())).isFalse();
    }

    /** The layer's own cost is paid where it is used: USD 5,000 a month on top of Postgres's fixed USD 5,000. */
    @Test void theLayerCostsItsFixedCostWhereItIsUsed() {
        Advice a = CatalogAdvisor.builtIn().advise(Walletkart.file(List.of(workspace())));
        var sharded = a.portfolio().stream().filter(p -> p.engine().equals("postgres") || p.engine().equals("mysql")).findFirst();
        sharded.ifPresent(p -> assertThat(p.cost().fixed()).isEqualTo(10_000));
        Advice small = CatalogAdvisor.builtIn().advise(Walletkart.dayOne());
        assertThat(small.portfolio()).filteredOn(p -> p.engine().equals("postgres")).singleElement()
                .satisfies(p -> assertThat(p.cost().fixed()).isEqualTo(5_000));
    }
}
