package dev.polyglot.cli;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.workloads.Shape;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything {@code polyglot bench} was asked to do, parsed and validated once (JMH's {@code Options}): the command
 * builds it from its fields, and the {@link BenchSession} runs from it alone. Defaults live in {@link BenchCommand}'s
 * option declarations and {@link #DEFAULT_RECORDS} / {@link #DEFAULT_RATE}.
 *
 * @param file        a workloads file, or empty for the synthetic form
 * @param engine      {@code --engine}, if given
 * @param shape       {@code --shape} (synthetic form only)
 * @param rate        {@code --rate} in ops/s, if a number was given
 * @param closedLoop  {@code --rate max}
 * @param duration    measured time (per step with {@code --find-max})
 * @param warmup      warm-up before measuring
 * @param connections connections, one thread each
 * @param records     {@code --records}, if given
 * @param hops        {@code --hops}: how far a graph-traversal read walks, 1 to {@value DatasetSpec#MAX_HOPS}
 * @param consistency {@code --consistency}: what the run's writes wait for, if given; only with an engine whose writes take a level
 * @param writeRows   {@code --write-rows}: rows one write appends, if given; only with an engine whose writes are batches
 * @param p99         {@code --p99} budget in ms, above 0, if given
 * @param readRatio   {@code --read-ratio}, if given
 * @param url         {@code --url}, if given
 * @param rateScale   with FILE: factor on each workload's ops/s, above 0
 * @param scale       with FILE: factor on each workload's records, above 0
 * @param months      with FILE: bench the workloads as they will be then, 0 to 120
 * @param findMax     search the highest rate within the budget instead of one run at a fixed rate
 * @param catalog     {@code --catalog}, if given
 */
record BenchOptions(Optional<Path> file, Optional<Engine> engine, Optional<Shape> shape, OptionalDouble rate, boolean closedLoop,
                    Duration duration, Duration warmup, int connections, OptionalLong records, int hops, Optional<WriteConsistency> consistency,
                    Optional<WriteRows> writeRows, OptionalDouble p99,
                    OptionalDouble readRatio, Optional<String> url, Arrival arrival, KeyDistribution keys, long seed,
                    boolean cacheAside, boolean keep, Optional<String> workload, double rateScale, double scale,
                    OptionalDouble months, boolean embedded, boolean findMax, Optional<Path> catalog, Outputs outputs) {
    /** Records of the synthetic form's data set when {@code --records} is not given. */
    static final long DEFAULT_RECORDS = 100_000;
    /** Ops/s of the synthetic form when {@code --rate} is not given. */
    static final double DEFAULT_RATE = 1000;

    /**
     * Where the results go besides the table on standard output.
     *
     * @param json     {@code --json FILE}
     * @param html     {@code --html FILE}
     * @param hlog     {@code --hlog FILE}
     * @param progress show the live progress line even when stderr is not a terminal
     * @param failOnInconclusive exit 1 for an inconclusive verdict too ({@code --fail-on-inconclusive}), for CI
     */
    record Outputs(Optional<Path> json, Optional<Path> html, Optional<Path> hlog, boolean progress, boolean failOnInconclusive) {}

    BenchOptions {
        Objects.requireNonNull(outputs, "outputs");
        if (hops < 1 || hops > DatasetSpec.MAX_HOPS) throw new IllegalArgumentException("--hops must be 1 to " + DatasetSpec.MAX_HOPS + ", was " + hops);
        if (consistency.isPresent() && !engine.map(e -> Engines.driver(e).takesWriteConsistency()).orElse(false)) {
            throw new IllegalArgumentException("--consistency applies to --engine " + Engines.listed(EngineDriver::takesWriteConsistency) + " only"
                    + engine.map(e -> "; " + e.id() + "'s writes take no consistency level").orElse("; name it with --engine"));
        }
        if (writeRows.isPresent() && !engine.map(e -> Engines.driver(e).takesWriteRows()).orElse(false)) {
            throw new IllegalArgumentException("--write-rows applies to --engine " + Engines.listed(EngineDriver::takesWriteRows) + " only"
                    + engine.map(e -> "; " + e.id() + "'s writes are one row each").orElse("; name it with --engine"));
        }
        if (p99.isPresent() && !(p99.getAsDouble() > 0)) throw new IllegalArgumentException("--p99 must be above 0 ms");
        if (!(rateScale > 0) || !(scale > 0)) throw new IllegalArgumentException("--rate-scale and --scale must be above 0");
        if (file.isPresent() && shape.isPresent()) throw new IllegalArgumentException("--shape applies to the synthetic form only; FILE gives each workload's shape");
        if (file.isEmpty() && engine.isEmpty()) throw new IllegalArgumentException("give --engine " + String.join("|", new EngineAddress.Ids()) + ", or a workloads FILE");
        if (file.isEmpty() && months.isPresent()) throw new IllegalArgumentException("--months grows the workloads of a FILE; the synthetic form has none");
        if (findMax && closedLoop) throw new IllegalArgumentException("--find-max searches open-loop rates; drop --rate max");
        if (findMax && file.isEmpty() && p99.isEmpty()) throw new IllegalArgumentException("--find-max needs a budget: give --p99 MS");
        if (findMax && cacheAside) throw new IllegalArgumentException("--find-max does not run cache-aside");
    }

    /** The synthetic form's shape: {@code --shape}, else the engine's default; it must be one the engine runs. */
    Shape syntheticShape() {
        Engine e = engine.orElseThrow();
        Shape s = shape.orElse(e.defaultShape());
        if (!e.shapes().contains(s)) throw new IllegalArgumentException(e.id() + " has no bench for shape " + s + " (it runs " + e.shapes() + ")");
        return s;
    }

    /** What the run's writes wait for: {@code --consistency}, else {@link WriteConsistency#DEFAULT}. */
    WriteConsistency writes() { return consistency.orElse(WriteConsistency.DEFAULT); }

    /** Rows one batched write appends: {@code --write-rows}, else {@link WriteRows#DEFAULT}. */
    WriteRows rowsPerWrite() { return writeRows.orElse(WriteRows.DEFAULT_BATCH); }

    /** How to drive one run at {@code target} ops/s (empty: closed loop) with this share of reads. */
    RunPlan plan(OptionalDouble target, double reads) {
        return new RunPlan(target, duration, warmup, connections, reads, arrival, keys, seed);
    }

    /** {@code max} is closed loop (empty); otherwise ops/s above 0 as {@code ops_per_sec} takes them (800, 0.5, 200k). */
    static OptionalDouble parseRate(String text) {
        if (text.trim().equalsIgnoreCase("max")) return OptionalDouble.empty();
        return OptionalDouble.of(OptionValues.opsPerSecond("--rate", text));
    }
}
