package dev.polyglot.bench;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.RunPlan;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One workload to run on one engine.
 *
 * @param workload name in reports (the shape id for a synthetic run)
 * @param budget   p99 budget in milliseconds, if any
 * @param keep     leave the namespace and data set in place for the next run
 * @param cacheAsideOver with a cache engine: the Postgres it caches (cache-aside point lookups); empty for the engine alone
 */
public record BenchRequest(Engine engine, Endpoint endpoint, String workload, DatasetSpec dataset, RunPlan plan,
                           OptionalDouble budget, boolean keep, Optional<Endpoint> cacheAsideOver) {
    /** A request for the engine alone, without a cache-aside source. */
    public BenchRequest(Engine engine, Endpoint endpoint, String workload, DatasetSpec dataset, RunPlan plan, OptionalDouble budget, boolean keep) {
        this(engine, endpoint, workload, dataset, plan, budget, keep, Optional.empty());
    }

    public BenchRequest {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(plan, "plan");
        if (cacheAsideOver.isPresent() && (Engines.driver(engine).cacheAside().isEmpty() || dataset.shape() != dev.polyglot.workloads.Shape.POINT_LOOKUP)) {
            throw new IllegalArgumentException("cache-aside runs " + Engines.listed(d -> d.cacheAside().isPresent()) + " in front of postgres for point-lookup only");
        }
        if (!engine.shapes().contains(dataset.shape())) {
            throw new IllegalArgumentException(engine.id() + " has no bench for shape " + dataset.shape() + " (it runs " + engine.shapes() + ")");
        }
    }
}
