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
}
