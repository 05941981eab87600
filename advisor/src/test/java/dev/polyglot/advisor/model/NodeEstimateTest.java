package dev.polyglot.advisor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import org.junit.jupiter.api.Test;

/** The estimate the bench shows beside a measurement loads one node as the advisor does, writes included. */
class NodeEstimateTest {
    private final Catalog catalog = Catalog.builtIn();

    /** The same mix as WritePathTest's B-tree case: 1.843 ms on one node, capacity 15,000/s, the writes' tail sets it. */
    @Test void halfWritesOnPostgresCostTheWriteFiguresAsTheAdvisorCountsThem() {
        Workload half = Workload.builder("orders", Shape.POINT_LOOKUP).opsPerSec(1000).readRatio(0.5).p99Ms(50).build();
        NodeEstimate e = NodeEstimate.of(half, catalog.require("postgres"), ModelAssumptions.DEFAULT).orElseThrow();
        assertThat(e.p99Ms()).isCloseTo(1.843, within(0.002));
        assertThat(e.capacityOpsPerSec()).isCloseTo(15_000, within(0.01));
        assertThat(e.figure()).isEqualTo("postgres shapes.point-lookup.write_ms");
        assertThat(e.reading()).contains("writes write_ms 2 at 10k/s a node", "writes_per_node");
    }

    @Test void readsOnlyKeepTheReadPath() {
        Workload reads = Workload.builder("lookups", Shape.POINT_LOOKUP).opsPerSec(1000).readRatio(1).p99Ms(50).build();
        NodeEstimate e = NodeEstimate.of(reads, catalog.require("postgres"), ModelAssumptions.DEFAULT).orElseThrow();
        assertThat(e.capacityOpsPerSec()).isCloseTo(30_000, within(0.01));
        assertThat(e.figure()).isEqualTo("postgres shapes.point-lookup.service_ms");
        assertThat(e.reading()).doesNotContain("write_ms");
    }
}
