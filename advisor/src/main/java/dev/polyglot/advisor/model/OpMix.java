package dev.polyglot.advisor.model;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.Optional;

/**
 * How a workload's reads and writes load one node (docs/model.md, "Writes"): reads at the read path's service time
 * and capacity, writes at the catalog's write figures for the shape. A node's utilisation is
 * {@code reads / readCapacity + writes / writeCapacity}. An engine that needs batches (ClickHouse) takes a
 * workload's writes as batched inserts when the workload appends (time-series, aggregate) and accepts the flush
 * delay (not strong or read-your-writes, and a staleness bound of at least the flush interval); otherwise its
 * writes are single-row inserts at the engine's single-insert rate.
 *
 * @param readShare      share of operations that read, 0..1
 * @param readMs         service time of a read on an idle node, ms
 * @param writeMs        service time of a single write on an idle node, ms
 * @param readCapacity   reads/s one node sustains
 * @param writeCapacity  rows written/s one node sustains (batched: inserts/s times rows per insert)
 * @param batchRows      rows per insert when the writes are batched, else empty
 * @param singleOnBatchEngine the engine wants batches of this many rows and this workload writes single rows
 * @param p99ServiceMs   the service time that sets the p99, ms: the latency that 1 in 100 of the mix's operations
 *                       exceed, each kind's latency taken as exponential through its own p99 ({@link MixedTail});
 *                       batched writes wait in the batch, not on the caller's request, so only the reads count then.
 *                       Computed once here: the solver asks for it at every shard count it tries.
 */
record OpMix(double readShare, double readMs, double writeMs, double readCapacity, double writeCapacity,
             Optional<Double> batchRows, Optional<Double> singleOnBatchEngine, double p99ServiceMs) {
    static OpMix of(Workload w, EngineSpec e, Capability c, ModelAssumptions a, double readMs, double readCapacity) {
        double readShare = w.readRatio();
        if (!c.modelsWrites()) return mix(readShare, readMs, readMs, readCapacity, readCapacity, Optional.empty(), Optional.empty());
        double writeMs = c.writeMs().map(f -> f.value()).orElse(c.serviceMs().value());
        double single = c.writesPerNode().map(f -> f.value()).orElse(e.scaling().coresPerNode().value() * 1000 / writeMs);
        if (c.batchRows().isEmpty() || w.writesPerSec() == 0) {
            return mix(readShare, readMs, writeMs, readCapacity, single, Optional.empty(), Optional.empty());
        }
        double wanted = c.batchRows().get().value();
        if (!batchable(w, a)) return mix(readShare, readMs, writeMs, readCapacity, single, Optional.empty(), Optional.of(wanted));
        // a batch is flushed when full or after the flush interval, whichever comes first
        double rows = Math.max(1, Math.min(wanted, w.writesPerSec() * a.batchFlushS()));
        return mix(readShare, readMs, writeMs, readCapacity, single * rows, Optional.of(rows), Optional.empty());
    }

    private static OpMix mix(double readShare, double readMs, double writeMs, double readCapacity, double writeCapacity,
                             Optional<Double> batchRows, Optional<Double> singleOnBatchEngine) {
        double p99 = batchRows.isPresent() ? readMs : MixedTail.p99Ms(readShare, readMs, 1 - readShare, writeMs);
        return new OpMix(readShare, readMs, writeMs, readCapacity, writeCapacity, batchRows, singleOnBatchEngine, p99);
    }

    /** Appended rows whose readers accept the flush delay may wait for a batch. */
    static boolean batchable(Workload w, ModelAssumptions a) {
        boolean appends = w.shape() == Shape.TIME_SERIES || w.shape() == Shape.AGGREGATE;
        boolean accepts = switch (w.consistency()) {
            case STRONG, READ_YOUR_WRITES -> false;
            case BOUNDED_STALENESS -> w.staleness().map(d -> d.toMillis() / 1000.0 >= a.batchFlushS()).orElse(false);
            default -> true;
        };
        return appends && accepts;
    }

    /** Utilisation of a node taking these reads and writes per second, 0 or more (1 is saturated). */
    double rho(double readsPerS, double writesPerS) { return readsPerS / readCapacity + writesPerS / writeCapacity; }

    /** Ops/s one node sustains for this mix of reads and writes. */
    double capacity() { return 1 / (readShare / readCapacity + (1 - readShare) / writeCapacity); }

    /** True when the writes' tail, more than the reads', sets {@link #p99ServiceMs()}. */
    boolean writesSetTheTail() {
        return batchRows.isEmpty() && MixedTail.secondWeighsMore(readShare, readMs, 1 - readShare, writeMs, p99ServiceMs());
    }

    /** "batched inserts of 10k rows (flushed at least every 1s)", when the route assumes batching. */
    Optional<String> assumes(ModelAssumptions a) {
        return batchRows.map(rows -> "batched inserts of " + Numbers.amount(rows) + " rows (flushed at least every "
                + Numbers.duration(a.batchFlushS()) + ", so reads see a write within that)");
    }

    /** Why single writes do not scale on this engine, when that is the case. */
    Optional<String> singleWriteNote(EngineSpec e, Workload w) {
        return singleOnBatchEngine.map(rows -> e.id() + " wants inserts of " + Numbers.amount(rows) + " rows and takes about "
                + Numbers.amount(writeCapacity) + " single-row writes/s a node; " + w.shape().id() + " writes"
                + (w.consistency() == Consistency.STRONG || w.consistency() == Consistency.READ_YOUR_WRITES ? " that must be read at once" : " of single records")
                + " are not batched");
    }
}
