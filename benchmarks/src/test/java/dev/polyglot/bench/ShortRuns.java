package dev.polyglot.bench;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** Short, low-rate runs for tests: they assert behaviour, not speed. */
public final class ShortRuns {
    private ShortRuns() {}

    public static RunPlan plan(OptionalDouble rate, Duration duration, int connections, double readRatio) {
        return new RunPlan(rate, duration, Duration.ZERO, connections, readRatio, Arrival.UNIFORM, KeyDistribution.ZIPFIAN, 7);
    }

    public static BenchRequest request(Engine engine, Shape shape, RunPlan plan, boolean keep) {
        return new BenchRequest(engine, LocalEngines.endpoint(engine), shape.id(), new DatasetSpec(shape, 2_000, 20), plan, OptionalDouble.empty(), keep);
    }

    public static BenchResult run(BenchRequest request, RunControl control) {
        return BenchRunner.run(request, control, ProgressSink.NONE, Optional.empty(), w -> { throw new AssertionError(w); });
    }
}
