package dev.polyglot.advisor.model;

import dev.polyglot.workloads.Shape;
import java.util.OptionalLong;

/**
 * The named assumptions of the latency and capacity model (docs/model.md). Each is a default where a workload
 * does not say, or a planning rule; none is a measured figure.
 *
 * @param targetUtilisation   busiest-node utilisation the sizing aims for, 0..1 (0.7: room for spikes and failover)
 * @param rangeRows           rows a range scan reads when {@code rows_per_query} is absent (seed 004: "last 20-30 payments")
 * @param aggregateRows       rows an aggregate scans when neither {@code rows_per_query} nor {@code records} is given
 * @param windowRows          rows a time-series read window covers when {@code rows_per_query} is absent
 * @param graphFanout         relationships per node a traversal follows at each hop
 * @param referenceDimensions vector length the catalog's vector figures are quoted at (ann-benchmarks glove/sift ~100-768)
 * @param referenceRecall     recall@k the catalog's vector figures are quoted at
 * @param cacheFill           share of an in-memory node's RAM usable for data (the rest: overhead, fragmentation)
 * @param riskHorizonMonths   a route that stops fitting within this many months puts its workload at risk
 * @param batchFlushS         longest a batched insert waits to fill before it is flushed, seconds (async-insert style)
 * @param dilutableServiceShare an operation whose idle service time is at least this share of its budget (0..1) gets no
 *                            nodes added only to thin its queue: the route stops fitting instead (signal 2)
 * @param shardMergeMs        ms a scan spread over d shards pays per shard (dispatch and merging partial results), 0 or more
 * @param liveCopiesFromGb    durable data of more than this many GB is kept in the engine's live copies (its catalog
 *                            {@code copies}); below it one server and its backups keep it, as a small team runs (seed 004)
 * @param searchMatchShare    share of the documents a full-text search matches and ranks when {@code rows_per_query} is
 *                            absent, 0..1 (the bench's search matches {@link #defaultRows} documents, and calibrate
 *                            fits a search's ranking rate over searches matching this share of its corpus sizes)
 */
public record ModelAssumptions(double targetUtilisation, long rangeRows, long aggregateRows, long windowRows,
                               double graphFanout, int referenceDimensions, double referenceRecall, double cacheFill,
                               double riskHorizonMonths, double batchFlushS, double dilutableServiceShare,
                               double shardMergeMs, double liveCopiesFromGb, double searchMatchShare) {
    public static final ModelAssumptions DEFAULT = new ModelAssumptions(0.7, 30, 1_000_000, 1_000, 20, 768, 0.95, 0.75, 18, 1, 0.5, 2, 1_000, 0.0018);

    /**
     * Rows one operation of {@code shape} reads when the workload gives no {@code rows_per_query}: the one place the
     * model and the bench take this default from. A range scan reads {@link #rangeRows}, a time-series read its window of
     * {@link #windowRows}, an aggregate all the {@code records} (else {@link #aggregateRows}), a full-text search ranks
     * {@link #searchMatchShare} of the {@code records} (one document when they are unknown); other shapes read one.
     */
    public long defaultRows(Shape shape, OptionalLong records) {
        return switch (shape) {
            case RANGE_SCAN -> rangeRows;
            case TIME_SERIES -> windowRows;
            case AGGREGATE -> records.isPresent() ? Math.max(1, records.getAsLong()) : aggregateRows;
            case FULL_TEXT -> records.isPresent() ? Math.max(1, Math.round(records.getAsLong() * searchMatchShare)) : 1;
            default -> 1;
        };
    }

    public ModelAssumptions {
        if (!(targetUtilisation > 0 && targetUtilisation < 1)) throw new IllegalArgumentException("target utilisation must be in (0, 1)");
        if (!(cacheFill > 0 && cacheFill <= 1)) throw new IllegalArgumentException("cache fill must be in (0, 1]");
        if (graphFanout < 1) throw new IllegalArgumentException("graph fan-out must be 1 or more");
        if (!(searchMatchShare > 0 && searchMatchShare <= 1)) throw new IllegalArgumentException("search match share must be in (0, 1]");
        if (!(liveCopiesFromGb >= 0)) throw new IllegalArgumentException("live copies threshold must be 0 GB or more");
        if (!(shardMergeMs >= 0)) throw new IllegalArgumentException("shard merge time must be 0 ms or more");
        if (!(batchFlushS > 0)) throw new IllegalArgumentException("batch flush interval must be above 0 s");
        if (!(dilutableServiceShare > 0 && dilutableServiceShare <= 1)) throw new IllegalArgumentException("dilutable service share must be in (0, 1]");
    }
}
