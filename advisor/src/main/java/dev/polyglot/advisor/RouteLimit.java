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
        if (estimator.estimate(Projection.scaled(workload, MAX_FACTOR), engine) instanceof Estimate.Fits) return Optional.empty();
        double lo = 1;
        double hi = MAX_FACTOR;
        for (int i = 0; i < 40 && hi / lo > 1.001; i++) {
            double mid = Math.sqrt(lo * hi);
            if (estimator.estimate(Projection.scaled(workload, mid), engine) instanceof Estimate.Fits) lo = mid; else hi = mid;
        }
        return Optional.of(new RouteLimit(lo, hi));
    }

    /** The ops/s at which {@code workload} stops fitting: its rate times {@link #fitsUpTo}. */
    public double opsPerSec(Workload workload) { return workload.opsPerSec() * fitsUpTo; }
}
