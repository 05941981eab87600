package dev.polyglot.advisor.catalog;

import dev.polyglot.advisor.Fit;
import dev.polyglot.workloads.Shape;
import java.util.Optional;

/**
 * How an engine serves one access shape, with the figures the latency model needs. Absent figures mean
 * "not a limit of this engine" (no ceiling) or "not relevant to this shape".
 *
 * @param fit                 native, or emulated through {@code via}
 * @param via                 the extension or technique when emulated (tsvector, pgvector, recursive CTE, ...)
 * @param serviceMs           time of one operation on an idle node, in ms, above 0
 * @param opsPerNode          operations per second one node sustains for this shape, above 0
 * @param scanRowsPerS        rows per second one operation scans (range scans, aggregates, windows)
 * @param edgesPerS           relationships per second a traversal follows
 * @param ceilingOps          ops/s the emulated technique tops out at for the whole deployment (does not scale out)
 * @param ceilingRecords      records (vectors, documents) beyond which the technique stops fitting
 * @param maxRecall           best recall@k the index reaches, 0..1
 * @param ceilingWorkingSetGb data beyond which the technique stops fitting, GB
 * @param writeMs             time of one single-row write on an idle node, ms (absent: writes cost what reads do)
 * @param writesPerNode       single-row writes per second one node sustains (absent: writes cost what reads do)
 * @param batchRows           rows per insert the engine needs to write efficiently (ClickHouse: thousands); absent
 *                            when single writes are its normal path. With it, a batch costs one write of {@code writesPerNode}
 * @param canonical           a canonical engine for this shape in seed 004's picking matrix: the one a team
 *                            reaches for first when it needs an alternative for the shape
 */
public record Capability(Shape shape, Fit fit, Optional<String> via, Figure serviceMs, Optional<Figure> opsPerNode,
                         Optional<Figure> scanRowsPerS, Optional<Figure> edgesPerS, Optional<Figure> ceilingOps,
                         Optional<Figure> ceilingRecords, Optional<Figure> maxRecall, Optional<Figure> ceilingWorkingSetGb,
                         Optional<Figure> writeMs, Optional<Figure> writesPerNode, Optional<Figure> batchRows, boolean canonical) {
    public Capability {
        if (fit == Fit.EMULATED && via.isEmpty()) throw new IllegalArgumentException("an emulated fit names its technique (via)");
        if (serviceMs.value() <= 0) throw new IllegalArgumentException("service_ms must be above 0");
    }

    /** True when the catalog gives this shape a write path of its own (any of write_ms, writes_per_node, batch_rows). */
    public boolean modelsWrites() { return writeMs.isPresent() || writesPerNode.isPresent() || batchRows.isPresent(); }

    /** Every figure of this capability with its key, for listings and the "every figure has a source" test. */
    public java.util.Map<String, Figure> figures() {
        var m = new java.util.LinkedHashMap<String, Figure>();
        m.put("service_ms", serviceMs);
        opsPerNode.ifPresent(f -> m.put("ops_per_node", f));
        scanRowsPerS.ifPresent(f -> m.put("scan_rows_per_s", f));
        edgesPerS.ifPresent(f -> m.put("edges_per_s", f));
        ceilingOps.ifPresent(f -> m.put("ceiling_ops", f));
        ceilingRecords.ifPresent(f -> m.put("ceiling_records", f));
        maxRecall.ifPresent(f -> m.put("max_recall", f));
        ceilingWorkingSetGb.ifPresent(f -> m.put("ceiling_working_set_gb", f));
        writeMs.ifPresent(f -> m.put("write_ms", f));
        writesPerNode.ifPresent(f -> m.put("writes_per_node", f));
        batchRows.ifPresent(f -> m.put("batch_rows", f));
        return m;
    }
}
