package dev.polyglot.advisor.model;

import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Workload;
import java.util.Optional;

/**
 * Which read paths of an engine a workload may use (docs/model.md, "Consistency and durability"):
 * durable data needs a durable home, ephemeral data lives only in a cache.
 *
 * @param owns         the engine can hold this workload's data itself: durable (or the data is ephemeral),
 *                     fit to be a system of record, and its primary gives the guarantee needed
 * @param derived      a copy fed from a source of truth (CDC, cache-aside, ETL) gives the guarantee needed
 * @param replicaReads reads may spread over read replicas (their staleness is accepted)
 */
public record Placement(boolean owns, boolean derived, boolean replicaReads) {
    /** Below this read share (0..1) a workload cannot be served from a derived copy: its writes are the load. */
    public static final double MIN_DERIVED_READ_RATIO = 0.5;

    /** The placement, or empty with the reason in {@code why} when no path of the engine serves the workload. */
    public static Optional<Placement> of(Workload w, EngineSpec e, StringBuilder why) {
        if (w.durability() == Durability.EPHEMERAL && e.durability().durable()) {
            // Ephemeral data lives only in a cache: writing it through a durable engine's log buys nothing
            // and takes throughput from the durable data (seed 004, signal 4).
            why.append("ephemeral data lives only in a cache; ").append(e.id())
                    .append(" is a durable engine (mark the workload durable to let it hold the data)");
            return Optional.empty();
        }
        boolean durableOk = e.durability().durable() ? e.canOwnData() : w.durability() == Durability.EPHEMERAL;
        boolean primaryOk = e.primary().satisfies(w.consistency(), w.staleness());
        boolean owns = durableOk && primaryOk;
        // A derived copy is fed by the source of truth's writes and serves reads: a workload that mostly
        // writes must live where its writes land, or its whole write load is hidden on another engine.
        boolean readMostly = w.readRatio() >= MIN_DERIVED_READ_RATIO;
        boolean derived = readMostly && e.derived().satisfies(w.consistency(), w.staleness());
        boolean replicaReads = e.replica().map(r -> r.satisfies(w.consistency(), w.staleness())).orElse(false)
                && e.scaling().maxReplicas().value() >= 1;
        if (owns || derived) return Optional.of(new Placement(owns, derived, replicaReads));
        if (primaryOk && !readMostly && e.derived().satisfies(w.consistency(), w.staleness())) {
            why.append(w.durability()).append(" data needs a durable home; ").append(e.id()).append(" is ")
                    .append(e.durability()).append(", and a derived copy serves reads while ")
                    .append(Numbers.percent(1 - w.readRatio())).append(" of this workload's operations are writes");
        } else if (primaryOk) {
            why.append(w.durability()).append(" data needs a durable home; ").append(e.id()).append(" is ")
                    .append(e.durability()).append(" and its derived copy offers ").append(describe(e.derived().level(), e.derived().lagS().value()));
        } else {
            why.append("needs ").append(needed(w)).append(" reads; ").append(e.id()).append(" offers ")
                    .append(describe(e.primary().level(), e.primary().lagS().value())).append(" on its primary and ")
                    .append(describe(e.derived().level(), e.derived().lagS().value())).append(" as a derived copy");
        }
        return Optional.empty();
    }

    private static String needed(Workload w) {
        return w.consistency() == Consistency.BOUNDED_STALENESS
                ? "bounded-staleness (" + w.staleness().map(d -> Numbers.duration(d.toMillis() / 1000.0)).orElse("?") + ")"
                : w.consistency().id();
    }

    private static String describe(Consistency level, double lagS) {
        return level == Consistency.STRONG || level == Consistency.READ_YOUR_WRITES ? level.id()
                : level.id() + " (~" + Numbers.duration(lagS) + " behind)";
    }
}
