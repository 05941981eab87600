package dev.polyglot.advisor.model;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Workload;

/**
 * Time of one operation of a workload on an idle node of an engine, in ms (docs/model.md, "Service time").
 * Rows scanned cost rows / scan rate (a search's matches ranked at the capability's rate, where it has one); a walk costs fan-out^hops / edge rate; vectors cost more with length and
 * recall; a working set beyond a node's RAM adds the disk read for the missed share.
 */
public final class ServiceTime {
    private ServiceTime() {}

    /**
     * @param workingSetGbPerNode hot data one node holds, GB (0 when unknown)
     * @param scanParallelism     nodes one aggregate fans out over, 1 or more
     */
    public static double ms(Workload w, EngineSpec engine, Capability c, ModelAssumptions a, double workingSetGbPerNode, int scanParallelism) {
        double s = c.serviceMs().value();
        switch (w.shape()) {
            case RANGE_SCAN -> s += scanMs(Rows.rangeRows(w, a), c);
            case AGGREGATE -> s += scanMs(Rows.aggregateRows(w, a), c) / scanParallelism;
            // Each shard ranks its own share of the matches.
            case FULL_TEXT -> s += scanMs(Rows.searchRows(w, a), c) / scanParallelism;
            case TIME_SERIES -> s += w.readRatio() * scanMs(Rows.windowRows(w, a), c);
            case GRAPH_TRAVERSAL -> s += c.edgesPerS().map(rate -> Rows.visited(w, a) / rate.value() * 1000).orElse(0.0);
            case VECTOR_KNN -> s *= Math.max(1, w.dimensions().orElse(a.referenceDimensions()) / (double) a.referenceDimensions())
                    * recallFactor(w.recall(), a.referenceRecall());
            default -> { }
        }
        if (!engine.inMemory() && w.shape() != dev.polyglot.workloads.Shape.AGGREGATE && workingSetGbPerNode > engine.scaling().ramGbPerNode().value()) {
            double missed = 1 - engine.scaling().ramGbPerNode().value() / workingSetGbPerNode;
            s += missed * engine.scaling().diskReadMs().value();
        }
        return s;
    }

    private static double scanMs(double rows, Capability c) {
        return c.scanRowsPerS().map(rate -> rows / rate.value() * 1000).orElse(0.0);
    }

    /**
     * HNSW-style indexes pay for recall: ann-benchmarks curves lose roughly an order of magnitude of
     * queries/s going from 0.9 to 0.999 recall; modelled as sqrt((1 - r0) / (1 - r)), assumed.
     */
    static double recallFactor(double recall, double reference) {
        double r = Math.min(recall, 0.9999);
        return r <= reference ? 1 : Math.sqrt((1 - reference) / (1 - r));
    }
}
