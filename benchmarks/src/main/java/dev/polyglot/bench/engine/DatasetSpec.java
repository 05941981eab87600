package dev.polyglot.bench.engine;

import dev.polyglot.workloads.Shape;
import java.util.Objects;

/**
 * The synthetic data set one run needs: its shape, how many records, how many rows one read touches; and what one
 * operation over it does beyond that (how far a graph read walks, what a write waits for), which the manifest leaves out
 * because the same data serves either.
 *
 * @param shape        which tables/keys to create
 * @param records      rows (or keys) to load, 1 to 1,000,000,000
 * @param rowsPerQuery rows one range or aggregate read returns or scans, documents one search matches, 1 to 1,000,000,000
 * @param hops         how far one graph-traversal read walks from its start node, 1 to {@value #MAX_HOPS} (other shapes ignore it)
 * @param writes       how many replicas a write waits for, on engines whose writes take a level (the others ignore it)
 * @param writeRows    rows one write appends, on engines whose writes are batches (the others write one row)
 */
public record DatasetSpec(Shape shape, long records, long rowsPerQuery, int hops, WriteConsistency writes, WriteRows writeRows) {
    /** The walk of a graph read unless {@code --hops} says otherwise: friends of friends. */
    public static final int DEFAULT_HOPS = 2;
    /** The deepest walk the bench runs: beyond it the synthetic graph's fan-out reaches nearly every node. */
    public static final int MAX_HOPS = 4;

    /**
     * Bumped whenever the layout of a data set changes, so a kept data set of an older layout is rebuilt (2: full-text
     * bodies hold their group's token).
     */
    public static final int LAYOUT_VERSION = 2;

    public DatasetSpec {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(writeRows, "writeRows");
        if (records < 1 || records > 1_000_000_000L) throw new IllegalArgumentException("records must be 1 to 1,000,000,000, was " + records);
        if (rowsPerQuery < 1 || rowsPerQuery > 1_000_000_000L) throw new IllegalArgumentException("rows per query must be 1 to 1,000,000,000, was " + rowsPerQuery);
        if (hops < 1 || hops > MAX_HOPS) throw new IllegalArgumentException("--hops must be 1 to " + MAX_HOPS + ", was " + hops);
    }

    /** Points one time-series read covers: one series' last 10 minutes at one point per 10 s (docs/bench-shapes.md). */
    public static final long TIME_SERIES_WINDOW_POINTS = 60;

    /** What one operation of this data set does, in words, for reports beside the model's reading of it. */
    public String operation() {
        String n = String.format(java.util.Locale.ROOT, "%,d", records);
        String r = String.format(java.util.Locale.ROOT, "%,d", rowsPerQuery);
        return switch (shape) {
            case POINT_LOOKUP -> "a read of one record by key (writes update one) among " + n + " records";
            case RANGE_SCAN -> "a read of one key's latest " + r + " rows among " + n + " rows (writes append one)";
            case FULL_TEXT -> "a ranked top-10 search matching " + String.format(java.util.Locale.ROOT, "%,d", Math.min(rowsPerQuery, records))
                    + " of " + n + (records == 1 ? " document" : " documents") + " (writes upsert one)";
            case AGGREGATE -> "a GROUP BY over " + r + " of " + n + " rows (writes insert one)";
            case TIME_SERIES -> "a per-minute rollup of one series' last 10 minutes (" + TIME_SERIES_WINDOW_POINTS + " points) among " + n
                    + " points (writes append)";
            case GRAPH_TRAVERSAL -> "a walk of " + hops + " hops from one of " + n + " people, 10 follows each (writes add a follow)";
            default -> shape.id() + " over " + n + " records";
        };
    }

    /** A data set whose batched writes append {@link WriteRows#DEFAULT} rows. */
    public DatasetSpec(Shape shape, long records, long rowsPerQuery, int hops, WriteConsistency writes) {
        this(shape, records, rowsPerQuery, hops, writes, WriteRows.DEFAULT_BATCH);
    }

    /** A data set whose writes wait for {@link WriteConsistency#DEFAULT}. */
    public DatasetSpec(Shape shape, long records, long rowsPerQuery, int hops) { this(shape, records, rowsPerQuery, hops, WriteConsistency.DEFAULT); }

    /** A data set whose reads walk {@link #DEFAULT_HOPS} when it is a graph. */
    public DatasetSpec(Shape shape, long records, long rowsPerQuery) { this(shape, records, rowsPerQuery, DEFAULT_HOPS); }

    /**
     * The manifest a loaded data set of this spec carries. Its version folds in the rows per query, which decide how
     * rows are grouped (accounts of a range scan, merchants of an aggregate), so a kept data set loaded for another
     * {@code rows_per_query} is rebuilt rather than read as if it matched: {@code 31 + rows} in layout 1 (32 to
     * 1,000,000,031), a billion more in each later one, so no two layouts' versions meet and each stays a non-negative
     * int (the engines' manifest columns: PostgreSQL {@code int}, ClickHouse {@code UInt32}). A layout 3 would need a
     * wider version.
     */
    public Manifest manifest() { return new Manifest(shape.id(), records, (int) ((LAYOUT_VERSION - 1) * 1_000_000_000L + 31 + rowsPerQuery)); }
}
