package dev.polyglot.bench.profile;

import dev.polyglot.workloads.Shape;

/**
 * Default p99 budgets for a draft, which statistics cannot measure: the loose end of each shape's range in seed
 * 004's picking matrix, so a draft never claims a tighter need than the user stated. Every one is marked TODO.
 */
public final class Budgets {
    private Budgets() {}

    /** The default p99 budget in milliseconds, above 0. */
    public static double defaultP99Ms(Shape shape) {
        return switch (shape) {
            case POINT_LOOKUP -> 50;      // point lookup, strict consistency: 5-50 ms
            case RANGE_SCAN -> 100;       // walletkart's transaction history: range scan at 100 ms
            case FULL_TEXT -> 200;        // free-text search: 10-200 ms
            case VECTOR_KNN -> 50;        // k-nearest-neighbour vectors: 5-50 ms
            case GRAPH_TRAVERSAL -> 500;  // graph traversal: 10-500 ms
            case TIME_SERIES -> 100;      // time-series ingest + rollup: 10-100 ms
            case AGGREGATE -> 10_000;     // aggregate over millions: 1-10 s
            case BLOB -> 1_000;           // not in the matrix: one second for a large object
        };
    }

    /** The smallest budget suggested from an observation, ms: server time leaves out the network and the client. */
    public static final double MIN_SUGGESTED_MS = 1;

    /**
     * A budget from what the engine observed: twice the observed p99, rounded up to 1, 2 or 5 times a power of ten,
     * at least {@value #MIN_SUGGESTED_MS} ms.
     */
    public static double suggestedP99Ms(ObservedLatency observed) {
        double want = Math.max(MIN_SUGGESTED_MS, 2 * observed.p99Ms());
        double power = Math.pow(10, Math.floor(Math.log10(want)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= want - 1e-9 * power) return step * power;
        }
        return 10 * power;
    }
}
