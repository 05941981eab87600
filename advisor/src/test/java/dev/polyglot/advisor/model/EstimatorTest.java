package dev.polyglot.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.Walletkart;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import org.junit.jupiter.api.Test;

class EstimatorTest {
    private final Catalog catalog = Catalog.builtIn();
    private final Estimator estimator = new Estimator(ModelAssumptions.DEFAULT);

    private Estimate on(String engine, Workload w) { return estimator.estimate(w, catalog.require(engine)); }


    @Test void tsvectorServesSixtySearchesAndSaturatesAtFiveHundred() {
        var day1 = (Estimate.Fits) on("postgres", Walletkart.search());
        assertThat(day1.fit()).isEqualTo(Fit.EMULATED);
        assertThat(day1.via()).contains("tsvector");
        assertThat(day1.p99Ms()).isBetween(20.0, 100.0);
        var at470 = on("postgres", Walletkart.search().toBuilder().opsPerSec(470).build());
        assertThat(at470).isInstanceOf(Estimate.Fits.class);
        var at500 = (Estimate.Fails) on("postgres", Walletkart.search().toBuilder().opsPerSec(500).build());
        assertThat(at500.limit()).isEqualTo(Limit.CEILING);
        assertThat(at500.reason()).contains("reach the tsvector ceiling");
        assertThat(on("elasticsearch", Walletkart.search().toBuilder().opsPerSec(500).build())).isInstanceOf(Estimate.Fits.class);
    }

    /** docs/model.md section 3: a search ranks its matches, 0.18% of the documents unless rows_per_query says. */
    @Test void aTsvectorSearchCostsTheMatchesItRanks() {
        var pg = catalog.require("postgres");
        var c = pg.capability(Shape.FULL_TEXT).orElseThrow();
        // 3 ms + 0.18% of 200,000 merchants = 360 matches at 24,000/s = 15 ms
        assertThat(ServiceTime.ms(Walletkart.search(), pg, c, ModelAssumptions.DEFAULT, 0, 1)).isCloseTo(18.0, org.assertj.core.data.Offset.offset(1e-9));
        Workload products = Walletkart.search().toBuilder().records(2_000_000).build();
        assertThat(ServiceTime.ms(products, pg, c, ModelAssumptions.DEFAULT, 0, 1)).as("3,600 matches").isCloseTo(153.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ServiceTime.ms(products, pg, c, ModelAssumptions.DEFAULT, 0, 4)).as("four shards rank 900 each").isCloseTo(40.5, org.assertj.core.data.Offset.offset(1e-9));
        Workload byAddress = Walletkart.search().toBuilder().records(300_000_000).rowsPerQuery(1).build();
        assertThat(ServiceTime.ms(byAddress, pg, c, ModelAssumptions.DEFAULT, 0, 1)).as("one match to rank").isCloseTo(3 + 1000.0 / 24_000, org.assertj.core.data.Offset.offset(1e-9));
        // Over a 150 ms budget at 2M documents, the search leaves tsvector (ecommerce's product search).
        assertThat(on("postgres", products.toBuilder().p99Ms(150).build())).isInstanceOf(Estimate.Fails.class);
    }

    @Test void anAggregateCostsRowsOverTheScanRate() {
        var day1 = (Estimate.Fits) on("postgres", Walletkart.settlement());
        assertThat(day1.p99Ms()).isBetween(2000.0, 5000.0);
        var later = (Estimate.Fails) on("postgres", Walletkart.twelveMonths().workload("monthly settlement aggregates").orElseThrow());
        assertThat(later.limit()).isEqualTo(Limit.BUDGET);
        assertThat(later.reason()).contains("min");
        assertThat(on("clickhouse", Walletkart.twelveMonths().workload("monthly settlement aggregates").orElseThrow())).isInstanceOf(Estimate.Fits.class);
    }

    @Test void aGraphWalkGrowsWithFanoutToTheHopsAndFasterOnRelational() {
        Workload two = Workload.builder("friends", Shape.GRAPH_TRAVERSAL).opsPerSec(10).p99Ms(100).hops(2).build();
        Workload four = two.toBuilder().hops(4).build();
        assertThat(on("postgres", two)).isInstanceOf(Estimate.Fits.class);
        assertThat(on("postgres", four)).isInstanceOf(Estimate.Fails.class);
        assertThat(on("neo4j", four)).isInstanceOf(Estimate.Fits.class);
    }

    @Test void strongReadsNeverGoToADerivedCopyAndDurableDataNeedsADurableHome() {
        var strongOnSearch = (Estimate.Fails) on("elasticsearch", Walletkart.search().toBuilder().consistency(Consistency.STRONG).build());
        assertThat(strongOnSearch.limit()).isEqualTo(Limit.CONSISTENCY);
        Workload sessions = Workload.builder("sessions", Shape.POINT_LOOKUP).opsPerSec(1000).p99Ms(5).build();
        assertThat(((Estimate.Fails) on("memcached", sessions)).limit()).isEqualTo(Limit.DURABILITY);
        var ephemeral = (Estimate.Fits) on("memcached", sessions.toBuilder().durability(Durability.EPHEMERAL).build());
        assertThat(ephemeral.placement().owns()).isTrue();
    }

    @Test void aWorkloadThatMostlyWritesIsNeverServedFromADerivedCopy() {
        Workload metrics = Workload.builder("page views", Shape.TIME_SERIES).opsPerSec(5000).p99Ms(100).readRatio(0.02)
                .consistency(Consistency.EVENTUAL).build();
        var onRedis = (Estimate.Fails) on("redis", metrics);
        assertThat(onRedis.limit()).isEqualTo(Limit.DURABILITY);
        assertThat(onRedis.reason()).contains("a derived copy serves reads while 98% of this workload's operations are writes");
        var readMostly = (Estimate.Fits) on("redis", metrics.toBuilder().readRatio(0.9).build());
        assertThat(readMostly.placement().derived()).isTrue();
        assertThat(readMostly.placement().owns()).isFalse();
        assertThat(((Estimate.Fits) on("victoriametrics", metrics)).placement().owns()).isTrue();
    }

    @Test void aWorkingSetBeyondRamShardsACacheAndBeyondItsLimitMovesItOut() {
        Workload big = Walletkart.carousel().toBuilder().workingSet(dev.polyglot.workloads.ByteSize.ofGigabytes(500)).build();
        var redis = (Estimate.Fits) on("redis", big);
        assertThat(redis.nodes()).isGreaterThanOrEqualTo(11);
        Workload huge = big.toBuilder().workingSet(dev.polyglot.workloads.ByteSize.ofGigabytes(50_000))
                .durability(dev.polyglot.workloads.Durability.DURABLE).build();
        // 50 TB is 200 Citus shards of 250 GB for Postgres; TimescaleDB (a PostgreSQL without a sharding layer) holds 20 TB
        assertThat(((Estimate.Fails) on("timescaledb", huge)).limit()).isEqualTo(Limit.WORKING_SET);
    }

    @Test void loadNearCapacityInflatesTheTail() {
        assertThat(Queueing.p99Ms(1, 1000, 900)).isGreaterThan(10 * Queueing.p99Ms(1, 1000, 100));
        assertThat(Queueing.p99Ms(1, 1000, 1000)).isInfinite();
    }
}
