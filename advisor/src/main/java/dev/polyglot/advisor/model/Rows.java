package dev.polyglot.advisor.model;

import dev.polyglot.workloads.Workload;

/** How many rows, points or relationships one operation touches, from the workload or the model's defaults. */
final class Rows {
    private Rows() {}

    static double rangeRows(Workload w, ModelAssumptions a) { return rows(w, a); }

    static double aggregateRows(Workload w, ModelAssumptions a) { return rows(w, a); }

    static double windowRows(Workload w, ModelAssumptions a) { return rows(w, a); }

    /** Documents one full-text search matches and ranks. */
    static double searchRows(Workload w, ModelAssumptions a) { return rows(w, a); }

    /** {@code rows_per_query}, else the model's default for the shape ({@link ModelAssumptions#defaultRows}). */
    static double rows(Workload w, ModelAssumptions a) { return w.rowsPerQuery().orElse(a.defaultRows(w.shape(), w.records())); }

    /** fan-out^hops, capped by the nodes that exist when {@code records} is known. */
    static double visited(Workload w, ModelAssumptions a) {
        double walk = Math.pow(a.graphFanout(), w.hops());
        return w.records().isPresent() ? Math.min(walk, Math.max(1, w.records().getAsLong())) : walk;
    }
}
