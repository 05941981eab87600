package dev.polyglot.advisor;

import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Workload;
import java.util.Comparator;

/**
 * The order in which engines are proposed as the alternative to a workload's current home: the runner-up of a
 * route and the engine that takes over when a workload outgrows its home. An alternative a team would actually
 * pick comes first: a native fit, one already run, a general-purpose system of record for data that must see
 * its latest write, a canonical engine for the shape (seed 004's picking matrix), comfortable room under the budget, the same family as the current engine (the smallest
 * migration), one the team can run anywhere (not a single cloud's service), cheaper to run, more room, catalog order.
 */
final class Alternatives {
    /** Margins (0..1 of the budget) at or above this count as comfortable; below it the nearer miss ranks later. */
    static final double COMFORTABLE_MARGIN = 0.5;

    private Alternatives() {}

    /**
     * @param ev        the evaluation whose catalog the indexes point into
     * @param workload  the workload as it will be served (today's, or grown)
     * @param current   index of the engine the workload is leaving
     * @param portfolio engines already in the portfolio (bit per index)
     * @param fits      the estimate of the workload on a candidate engine index, which must fit
     */
    static Comparator<Integer> order(Evaluation ev, Workload workload, int current, long portfolio,
                                     java.util.function.IntFunction<Estimate.Fits> fits) {
        // data that must see its latest write moves to another general-purpose system of record, not a niche store
        boolean systemOfRecord = workload.consistency() == Consistency.STRONG || workload.consistency() == Consistency.READ_YOUR_WRITES;
        String family = ev.engines.get(current).family();
        return Comparator.<Integer>comparingInt(e -> fits.apply(e).fit().ordinal())
                .thenComparingInt(e -> (portfolio & (1L << e)) != 0 ? 0 : 1)
                .thenComparingInt(e -> systemOfRecord && !spec(ev, e).generalist() ? 1 : 0)
                .thenComparingInt(e -> spec(ev, e).capability(workload.shape()).map(c -> c.canonical() ? 0 : 1).orElse(1))
                .thenComparingInt(e -> fits.apply(e).margin() >= COMFORTABLE_MARGIN ? 0 : 1)
                .thenComparingInt(e -> spec(ev, e).family().equals(family) ? 0 : 1)
                .thenComparingInt(e -> spec(ev, e).managedOnly() ? 1 : 0)
                .thenComparingDouble(e -> spec(ev, e).operationalCost().value())
                .thenComparingDouble(e -> -fits.apply(e).margin())
                .thenComparingInt(e -> e);
    }

    private static EngineSpec spec(Evaluation ev, int e) { return ev.engines.get(e); }
}
