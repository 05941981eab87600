package dev.polyglot.advisor;

import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.workloads.Workload;
import java.util.Optional;

/**
 * How far a workload can grow on an engine before the model says it stops fitting: the load factor (ops/s, records,
 * working set and aggregate rows scaled together, as {@link Projection#scaled}) found by bisection, assuming more
 * load never helps. The growth triggers of {@code advise} and the bench's {@code --find-max} read the same bound.
 *
 * @param fitsUpTo the largest factor found to fit, 1 or more
 * @param failsAt  the smallest factor found to fail, within 0.1% of {@code fitsUpTo}
 */
public record RouteLimit(double fitsUpTo, double failsAt) {
    /** Beyond this factor a route is not at risk in any planning horizon. */
    public static final double MAX_FACTOR = 10_000;

    /** The bound, or empty when the workload still fits at {@link #MAX_FACTOR} times its load. */
    public static Optional<RouteLimit> of(Estimator estimator, Workload workload, EngineSpec engine) {
        boolean layered = estimator.estimate(workload, engine) instanceof Estimate.Fits f && f.viaLayer();
        if (stands(estimator.estimate(Projection.scaled(workload, MAX_FACTOR), engine), layered)) return Optional.empty();
        double lo = 1;
        double hi = MAX_FACTOR;
        for (int i = 0; i < 40 && hi / lo > 1.001; i++) {
            double mid = Math.sqrt(lo * hi);
            if (stands(estimator.estimate(Projection.scaled(workload, mid), engine), layered)) lo = mid; else hi = mid;
        }
        return Optional.of(new RouteLimit(lo, hi));
    }

    /**
     * The route still stands as it is: it fits, and without a sharding layer it did not need today (one primary
     * needing Citus or Vitess is a turning point a team plans for, like moving to another engine).
     */
    private static boolean stands(Estimate grown, boolean layeredToday) {
        return grown instanceof Estimate.Fits f && (layeredToday || !f.viaLayer());
    }

    /** The ops/s at which {@code workload} stops fitting: its rate times {@link #fitsUpTo}. */
    public double opsPerSec(Workload workload) { return workload.opsPerSec() * fitsUpTo; }
}
