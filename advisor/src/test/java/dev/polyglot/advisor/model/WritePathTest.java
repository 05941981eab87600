package dev.polyglot.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The write path (docs/model.md, "Writes"), with figures worked by hand from the built-in catalog. */
class WritePathTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Estimator estimator = new Estimator(ModelAssumptions.DEFAULT);

    private Estimate on(String engine, Workload w) { return estimator.estimate(w, catalog.require(engine)); }

    /**
     * Postgres point lookups, half writes: reads 1 ms at 30,000/s a node, writes 2 ms (WAL + index) at 10,000/s.
     * mu = 1 / (0.5/30000 + 0.5/10000) = 15,000/s; at 1,000 ops/s rho = 1/15, wait = ln(6.67)/(14/15) * 1000/15000 =
     * 0.1355 ms on the mix's service p99, where half the operations (1 ms) and half (2 ms) have 1 in 100 above x:
     * 0.5 y^2 + 0.5 y = 0.01 for y = 0.01^(x/2), y = (sqrt(1.08) - 1) / 2, x = 1.7074 ms: p99 1.843 ms; the node
     * share at 70% is 1000 / 10500 = 0.0952.
     */
    @Test void aBtreeWritePaysTheWalAndCostsTwiceARead() {
        Workload half = Workload.builder("orders", Shape.POINT_LOOKUP).opsPerSec(1000).readRatio(0.5).p99Ms(50).build();
        var f = (Estimate.Fits) on("postgres", half);
        assertThat(f.p99Ms()).isCloseTo(1.843, within(0.002));
        assertThat(f.nodeShare()).isCloseTo(1000 / 10500.0, within(1e-9));
        assertThat(f.nodes()).isEqualTo(1);
        assertThat(f.sizing()).isEqualTo("one node carries it");
    }

    /** The same mix on Cassandra: writes (1 ms, 40,000/s) are cheaper than its reads (2 ms, 20,000/s): mu = 26,667/s. */
    @Test void anLsmTakesSmallWritesCheaply() {
        Workload writes = Workload.builder("events", Shape.POINT_LOOKUP).opsPerSec(1000).readRatio(0.1).p99Ms(50).consistency(Consistency.EVENTUAL).build();
        Workload reads = writes.toBuilder().readRatio(0.9).build();
        var w = (Estimate.Fits) on("cassandra", writes);
        var r = (Estimate.Fits) on("cassandra", reads);
        // 1 / (0.1/20000 + 0.9/40000) = 36,364/s against 1 / (0.9/20000 + 0.1/40000) = 21,053/s
        assertThat(w.nodeShare()).isCloseTo(1000 / (36_363.64 * 0.7), within(1e-4));
        assertThat(r.nodeShare()).isCloseTo(1000 / (21_052.63 * 0.7), within(1e-4));
        assertThat(w.nodeShare()).isLessThan(r.nodeShare());
        // and the same write-heavy load costs a B-tree more of a node than it costs the LSM
        assertThat(((Estimate.Fits) on("postgres", writes)).nodeShare() / 30_000 * 20_000).isGreaterThan(w.nodeShare() / 2);
    }

    /**
     * Replicas take reads but apply every write: a primary whose writes alone pass 70% is not rescued by replicas.
     * TimescaleDB is a PostgreSQL with the same point-lookup figures and no sharding layer (Postgres itself now shards
     * keyed data through Citus, {@code ShardingLayerTest}).
     */
    @Test void writesGoToThePrimaryAndEveryReplica() {
        // 12,500 ops/s, 80% writes: 10,000 writes/s are the whole of one primary's 10,000/s
        Workload ingest = Workload.builder("ingest", Shape.POINT_LOOKUP).opsPerSec(12_500).readRatio(0.2).p99Ms(50)
                .consistency(Consistency.EVENTUAL).build();
        var f = (Estimate.Fails) on("timescaledb", ingest);
        assertThat(f.limit()).isEqualTo(Limit.THROUGHPUT);
        assertThat(f.reason()).contains("its writes alone pass 70% of the primary");
        // 40,000 ops/s, 95% reads: 2,000 writes/s take 0.2 of every node, so replicas hold 38,000 / (30,000 * 0.5) = 2.53 -> 3
        Workload reads = ingest.toBuilder().opsPerSec(40_000).readRatio(0.95).build();
        var r = (Estimate.Fits) on("timescaledb", reads);
        assertThat(r.nodes()).isEqualTo(4);
        assertThat(r.sizing()).startsWith("reads: 38k/s over 3 read replicas").endsWith("the primary takes the writes");
    }

    /** ClickHouse takes single-record writes at about 100 inserts/s a node: 30k chat messages a second do not fit. */
    @Test void aBatchNeedingEngineRefusesSingleRecordWrites() {
        Workload chat = Workload.builder("chat messages", Shape.POINT_LOOKUP).opsPerSec(60_000).readRatio(0.5).p99Ms(50)
                .workingSet(ByteSize.ofGigabytes(600_000)).consistency(Consistency.EVENTUAL).build();
        var f = (Estimate.Fails) on("clickhouse", chat);
        assertThat(f.limit()).isEqualTo(Limit.THROUGHPUT);
        assertThat(f.reason()).contains("clickhouse wants inserts of 10k rows").contains("point-lookup writes of single records are not batched");
    }

    /**
     * Appended points that may be read a second late are batched: 38,000 writes/s fill 10,000-row inserts, so a
     * node takes 100 * 10,000 = 1M rows/s, and the route says what it assumes. Read-your-writes points are not.
     */
    @Test void appendedRowsAreBatchedAndTheRouteSaysSo() {
        Workload ingest = Workload.builder("sensor ingest", Shape.TIME_SERIES).opsPerSec(40_000).readRatio(0.05).p99Ms(100)
                .consistency(Consistency.EVENTUAL).build();
        var f = (Estimate.Fits) on("clickhouse", ingest);
        assertThat(f.assumes()).singleElement().asString().startsWith("batched inserts of 10k rows (flushed at least every 1s");
        assertThat(f.nodes()).isEqualTo(1);
        var slow = (Estimate.Fits) on("clickhouse", ingest.toBuilder().opsPerSec(200).build());
        // 190 writes/s flush every second: batches of 190 rows
        assertThat(slow.assumes()).singleElement().asString().startsWith("batched inserts of 190 rows");
        var stale = ingest.toBuilder().staleness(Duration.ofMillis(500)).build();
        assertThat(OpMix.batchable(stale, ModelAssumptions.DEFAULT)).isFalse();
        var own = ingest.toBuilder().consistency(Consistency.READ_YOUR_WRITES).build();
        var single = on("clickhouse", own);
        assertThat(single).isInstanceOf(Estimate.Fails.class);
        assertThat(((Estimate.Fails) single).reason()).contains("must be read at once");
    }
}
