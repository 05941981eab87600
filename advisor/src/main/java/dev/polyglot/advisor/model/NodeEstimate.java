package dev.polyglot.advisor.model;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.Optional;

/**
 * What the model predicts for one workload on ONE node of an engine (what a bench against one server measures):
 * the idle service time, the node's capacity and the p99 at the workload's rate and read/write mix (docs/model.md,
 * sections 3 and 3b, as {@code OpMix} loads one node), with the figures it
 * read and the one that weighs most, so a measurement far from it says which figure to recalibrate.
 *
 * @param serviceMs         time of one operation on an idle node, ms, above 0
 * @param capacityOpsPerSec ops/s the node sustains for this workload's mix of reads and writes (an emulated technique's ceiling included)
 * @param p99Ms             p99 at the workload's ops/s, ms; infinite when the rate reaches the capacity
 * @param reading           the model's reading of one operation, e.g. "service_ms 1.5 + 30 rows at scan_rows_per_s 2M"
 * @param figure            the catalog figure that weighs most in {@code p99Ms}, as {@code ENGINE shapes.SHAPE.KEY}
 */
public record NodeEstimate(double serviceMs, double capacityOpsPerSec, double p99Ms, String reading, String figure) {
    /** Above this share of the capacity, the queue (hence the capacity figure) weighs most in the p99. */
    static final double QUEUE_WEIGHS_ABOVE = 0.5;

    /** The estimate, or empty when the engine does not serve the workload's shape. */
    public static Optional<NodeEstimate> of(Workload w, EngineSpec e, ModelAssumptions a) {
        Optional<Capability> cap = e.capability(w.shape());
        if (cap.isEmpty()) return Optional.empty();
        Capability c = cap.get();
        double wsGb = w.workingSet().map(ws -> ws.gigabytes()).orElse(0.0);
        double s = ServiceTime.ms(w, e, c, a, wsGb, 1);
        double capacity = Estimator.nodeCapacity(w, e, c, s);
        String capacityKey = c.opsPerNode().isPresent() ? "ops_per_node" : "service_ms";
        if (c.ceilingOps().isPresent() && c.ceilingOps().get().value() < capacity) {
            capacity = c.ceilingOps().get().value();
            capacityKey = "ceiling_ops";
        }
        // Reads and writes as the advisor loads a node (OpMix): writes at the shape's write figures where the catalog has them.
        OpMix mix = OpMix.of(w, e, c, a, s, capacity);
        double p99 = Queueing.p99AtUtilisation(mix.p99ServiceMs(), w.opsPerSec(), mix.rho(w.readsPerSec(), w.writesPerSec()));
        capacity = mix.capacity();
        double base = c.serviceMs().value();
        double rows = rowsRead(w, a);
        String reading = "service_ms " + Numbers.trim(base);
        String key = "service_ms";
        if (rows > 0 && c.scanRowsPerS().isPresent()) {
            double scanMs = s - base;
            String counted = w.shape() == Shape.FULL_TEXT ? (rows == 1 ? " match ranked" : " matches ranked") : (rows == 1 ? " row" : " rows");
            reading += " + " + Numbers.amount(rows) + counted + " at scan_rows_per_s " + Numbers.amount(c.scanRowsPerS().get().value());
            if (scanMs > base) key = "scan_rows_per_s";
        }
        boolean writesWeigh = c.modelsWrites() && w.writesPerSec() > 0;
        if (writesWeigh) {
            reading += "; writes write_ms " + Numbers.trim(mix.writeMs()) + " at " + Numbers.amount(mix.writeCapacity()) + "/s a node"
                    + mix.batchRows().map(r -> " (batches of " + Numbers.amount(r) + " rows)").orElse("");
            if (mix.writesSetTheTail()) key = "write_ms";
        }
        reading += "; capacity " + Numbers.amount(capacity) + " ops/s (" + capacityKey + (writesWeigh ? " and writes_per_node" : "") + ")";
        if (w.opsPerSec() / capacity > QUEUE_WEIGHS_ABOVE) key = capacityKey;
        return Optional.of(new NodeEstimate(s, capacity, p99, reading, e.id() + " shapes." + w.shape().id() + "." + key));
    }

    /** Rows one operation scans in the model (0 for shapes that read by key). */
    static double rowsRead(Workload w, ModelAssumptions a) {
        return switch (w.shape()) {
            case RANGE_SCAN -> Rows.rangeRows(w, a);
            case AGGREGATE -> Rows.aggregateRows(w, a);
            case TIME_SERIES -> w.readRatio() * Rows.windowRows(w, a);
            case FULL_TEXT -> Rows.searchRows(w, a);
            default -> 0;
        };
    }

    /** True when the shape's service time in the model grows with the rows one operation reads. */
    public static boolean scalesWithRows(Shape shape) {
        return shape == Shape.RANGE_SCAN || shape == Shape.AGGREGATE || shape == Shape.TIME_SERIES || shape == Shape.FULL_TEXT;
    }
}
