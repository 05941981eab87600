package dev.polyglot.workloads;

import java.util.Optional;

/** The access shape of a workload: what one operation does. */
public enum Shape {
    POINT_LOOKUP("point-lookup", 0.9, "get or put one record by key"),
    RANGE_SCAN("range-scan", 0.95, "read an ordered slice by key prefix or time"),
    FULL_TEXT("full-text", 0.95, "relevance search over text fields"),
    VECTOR_KNN("vector-knn", 0.95, "k nearest neighbours of an embedding"),
    GRAPH_TRAVERSAL("graph-traversal", 0.95, "multi-hop walk over relationships"),
    TIME_SERIES("time-series", 0.2, "append timestamped points; read windows and rollups"),
    AGGREGATE("aggregate", 1.0, "scan and aggregate many rows (GROUP BY, SUM)"),
    BLOB("blob", 0.8, "store or fetch a large binary object by key");

    private final String id;
    private final double defaultReadRatio;
    private final String description;

    Shape(String id, double defaultReadRatio, String description) {
        this.id = id;
        this.defaultReadRatio = defaultReadRatio;
        this.description = description;
    }

    /** The spelling used in files and reports, e.g. {@code point-lookup}. */
    public String id() { return id; }

    /** Share of operations that read, 0..1, when a workload does not say. */
    public double defaultReadRatio() { return defaultReadRatio; }

    public String description() { return description; }

    /** Matches case-insensitively; spaces and underscores count as hyphens. */
    public static Optional<Shape> parse(String text) {
        return Identifiers.match(text, values(), Shape::id);
    }

    @Override public String toString() { return id; }
}
