package dev.polyglot.bench.calibrate;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.BenchRunner;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.LoadGenerator;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Measures, on one engine through the bench's own bindings and namespace, the figures the model reads for each shape
 * the engine's binding runs (docs/model.md, "Calibration"):
 * <ul>
 * <li>{@code service_ms}: p99 of one read at light load (see {@code lightLoadP99Ms});
 *     for shapes whose cost grows with rows, the intercept of a line fitted through two or more sizes;</li>
 * <li>{@code scan_rows_per_s}: the inverse of that line's slope (range scans: rows per read; aggregates: rows per pass);</li>
 * <li>{@code ops_per_node} and {@code ceiling_ops}: closed-loop throughput on 2 x cores connections, scaled to the
 *     catalog's node by {@link #nodeFactor}, the raw value kept in the source;</li>
 * <li>{@code write_ms} and {@code writes_per_node}: the same two measurements with writes only (read ratio 0), one
 *     write being the binding's write operation for the shape (a batch of rows where the engine needs batches).</li>
 * </ul>
 * Only figures the catalog's capability already has are measured; the rest stay the built-in catalog's. Every run picks
 * its keys as a bench does unless told otherwise ({@link KeyDistribution#DEFAULT}), so a figure is for the operation a
 * bench runs: PostgreSQL's single-row updates at 470/s over 40 s read a p99 of 3.0-3.8 ms on uniform keys, 2.1-2.7 ms on
 * zipfian ones (fewer pages dirtied), and the example workloads' benches read the latter.
 */
public final class Calibrator {
    /** Share of the closed-loop capacity a light-load latency run asks for: low enough that the model's queue adds little. */
    static final double LIGHT_UTILISATION = 0.1;
    /** Operations a light-load latency run completes at least (spaced on one connection when the rate gives fewer). */
    static final int LIGHT_OPERATIONS = 20;
    /** The closed loop that measures the capacity a light-load run takes its share of. */
    static final Duration PROBE = Duration.ofMillis(500);
    /**
     * Warm-up of a light-load run, dropped: its fresh connections and threads otherwise put their first operations
     * (server sessions, the client's JIT) in the p99 (PostgreSQL's key read at 3,000/s on 8 connections measured a
     * 2 s p99 of 28-44 ms without it, 1.7-2.7 ms after 1 s).
     */
    static final Duration LIGHT_WARMUP = Duration.ofSeconds(1);
    /** One window of the reads that settle a fresh data set (see {@code settle}). */
    static final Duration SETTLE_WINDOW = Duration.ofMillis(500);
    /** At most this many settling windows per data set. */
    static final int MAX_SETTLE_WINDOWS = 16;
    /** Two windows in a row whose throughputs differ by at most this share: the data set is settled. */
    static final double SETTLED = 0.1;
    /** How long to wait for another run to release the engine's namespace before skipping the engine. */
    static final long BUSY_WAIT_NANOS = 5 * 60 * 1_000_000_000L;
    /** Two runs' p99s within this share of the lower agree: no stall of the machine set one of them alone. */
    static final double P99S_AGREE = 0.3;
    /** Runs added to a latency figure whose repeats disagree, so that a median can leave one stalled run out. */
    static final int EXTRA_RUNS = 1;
    /**
     * A write's light-load run lasts this many of the plan's steps. Commits share the WAL's flushes and its pauses: a
     * pause delays a burst of writes, and in a short window that burst is the p99 (PostgreSQL's writes at 560/s on 8
     * connections: 3.9-16.9 ms over 2 s, 2.7-3.1 ms over 10 s, as a 30 s bench reads them), so a write's window is
     * longer than a read's. Its runs are pooled without a third when they disagree: two of them hold as many operations
     * as four of a read's, and a quick calibration has no room for a third run of 4 s per write figure.
     */
    static final int WRITE_WINDOW_STEPS = 2;
    /** Read ratios of the two kinds of run: reads only, writes only. */
    private static final double READS = 1.0, WRITES = 0.0;

    private final Engine engine;
    private final Endpoint endpoint;
    private final EngineSpec spec;
    private final CalibrationPlan plan;
    private final HostInfo host;
    private final RunControl control;
    private final Progress progress;
    private final Consumer<String> warnings;

    /** Receives a line before each measured point; {@code done} and {@code total} count points over the whole calibration. */
    public interface Progress {
        /** @param measured whether {@code what} is one of the {@link #points} (a load or settling pass is not) */
        void step(String what, boolean measured);
    }

    /** What one engine gave: its version and the figures measured. */
    public record EngineCalibration(Engine engine, String version, List<MeasuredFigure> figures) {
        public EngineCalibration { figures = List.copyOf(figures); }
    }

    public Calibrator(Engine engine, Endpoint endpoint, EngineSpec spec, CalibrationPlan plan, HostInfo host, RunControl control,
                      Progress progress, Consumer<String> warnings) {
        this.engine = engine;
        this.endpoint = endpoint;
        this.spec = spec;
        this.plan = plan;
        this.host = host;
        this.control = control;
        this.progress = progress;
        this.warnings = warnings;
    }

    /** Measured points per shape, for the progress line's estimate of the time left. */
    public static int points(Engine engine, EngineSpec spec, CalibrationPlan plan) {
        int n = 0;
        for (Shape s : shapes(engine)) {
            n += switch (s) {
                case RANGE_SCAN -> plan.rangeRows().size() + 1;
                case FULL_TEXT -> searchSloped(spec, s) ? plan.corpusDocs().size() + 1 : 2;
                case AGGREGATE -> plan.aggregateRows().size();
                default -> 2;
            } + writePoints(spec, s);
        }
        return n * plan.repeats();
    }

    /**
     * The engine's shapes in the order of {@link Shape}: one order on every run, so what a shape's measurements follow
     * (the loads and runs before them) is the same from one calibration to the next (a set's order changes per JVM).
     */
    private static List<Shape> shapes(Engine engine) { return engine.shapes().stream().sorted().toList(); }

    /** A search's ranking rate is measured where the model reads one: the capability has {@code scan_rows_per_s}. */
    private static boolean searchSloped(EngineSpec spec, Shape shape) {
        return shape == Shape.FULL_TEXT && spec.capability(shape).flatMap(Capability::scanRowsPerS).isPresent();
    }

    /** Write figures are measured where the capability has them: a light-load p99 and a throughput. */
    private static int writePoints(EngineSpec spec, Shape shape) {
        return spec.capability(shape).filter(Calibrator::hasWriteFigures).isPresent() ? 2 : 0;
    }

    private static boolean hasWriteFigures(Capability c) { return c.writeMs().isPresent() || c.writesPerNode().isPresent(); }

    /** Documents a search over {@code docs} matches when the workload gives no rows_per_query: the model's default. */
    private static long defaultMatches(long docs) { return ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.of(docs)); }

    /** The scan rate (rows/s) whose full passes the plan's aggregate sizes are chosen for: a row store's. */
    static final double REFERENCE_SCAN_ROWS_PER_S = 1e8;
    /** The most the aggregate sizes are multiplied by for a fast column store. */
    static final int MAX_SIZE_FACTOR = 10;

    /**
     * The plan's aggregate sizes times the catalog's scan rate over {@value #REFERENCE_SCAN_ROWS_PER_S} (1 to
     * {@value #MAX_SIZE_FACTOR}): a column store's full pass over the plan's sizes takes less than its round trip, so no
     * slope would show (ClickHouse at 20k-200k rows); ten times the rows makes the scan part of what is measured.
     */
    static List<Long> aggregateSizes(Capability c, CalibrationPlan plan) {
        double rate = c.scanRowsPerS().map(f -> f.value()).orElse(REFERENCE_SCAN_ROWS_PER_S);
        long factor = Math.max(1, Math.min(MAX_SIZE_FACTOR, Math.round(rate / REFERENCE_SCAN_ROWS_PER_S)));
        return plan.aggregateRows().stream().map(r -> r * factor).toList();
    }

    /**
     * Per-node figures measured on this host are multiplied by this to stand for one catalog node: the node's cores
     * over the cores the engine could use here, {@code cores_per_node / min(host cores, cores_per_node)} (a
     * single-threaded engine such as Redis, catalogued at one core, keeps its raw figure).
     */
    public static double nodeFactor(double coresPerNode, int hostCores) { return coresPerNode / Math.min(hostCores, coresPerNode); }

    /**
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached
     */
    public EngineCalibration run() {
        String version = Engines.driver(engine).serverVersion(endpoint);
        List<MeasuredFigure> figures = new ArrayList<>();
        for (Shape shape : shapes(engine)) {
            Optional<Capability> cap = spec.capability(shape);
            if (cap.isEmpty() || control.stopped()) continue;
            switch (shape) {
                case RANGE_SCAN -> sloped(shape, cap.get(), plan.rangeRows(), rows -> new DatasetSpec(shape, Math.max(rangeRecords(), rows * 20), rows),
                        rows -> rows, figures);
                case AGGREGATE -> sloped(shape, cap.get(), aggregateSizes(cap.get(), plan), rows -> new DatasetSpec(shape, rows, rows), rows -> rows, figures);
                case FULL_TEXT -> {
                    // A search ranks the model's default matches at each corpus size (its searchMatchShare of the documents),
                    // so the slope is over matches ranked, and a flat figure is for the search the model reads without rows_per_query.
                    if (searchSloped(spec, shape)) {
                        sloped(shape, cap.get(), plan.corpusDocs(), docs -> new DatasetSpec(shape, docs, defaultMatches(docs)),
                                Calibrator::defaultMatches, figures);
                    } else {
                        long docs = Math.max(1_000, plan.records() / 4);
                        flat(shape, cap.get(), new DatasetSpec(shape, docs, defaultMatches(docs)), 0, figures);
                    }
                }
                case TIME_SERIES -> flat(shape, cap.get(), new DatasetSpec(shape, plan.records(), DatasetSpec.TIME_SERIES_WINDOW_POINTS),
                        DatasetSpec.TIME_SERIES_WINDOW_POINTS, figures);
                default -> flat(shape, cap.get(), new DatasetSpec(shape, plan.records(), 1), 0, figures);
            }
        }
        return new EngineCalibration(engine, version, figures);
    }

    /**
     * Records of a range-scan table: the plan's large table where pages can be out of the engine's cache; the plan's
     * small data sets for an engine that holds everything in memory (Redis), where size changes nothing measured and
     * its load would cost a quick calibration half a minute.
     */
    private long rangeRecords() { return spec.inMemory() ? plan.records() : plan.rangeRecords(); }

    /** A shape whose model cost does not grow with the data: light-load p99 is the service time (less a fixed scan), plus throughput. */
    private void flat(Shape shape, Capability c, DatasetSpec data, long rowsScanned, List<MeasuredFigure> out) {
        withData(data, binding -> {
            Repeated p99 = lightLoadP99(shape + " light-load p99", binding, data, READS);
            double scanMs = c.scanRowsPerS().map(r -> rowsScanned / r.value() * 1000).orElse(0.0);
            double service = Math.max(p99.value() - scanMs, p99.value() / 2);
            out.add(new MeasuredFigure(shape, "service_ms", round(service), p99.value(), p99.spread(), "light-load p99 of " + describe(data)
                    + (scanMs > 0 ? String.format(Locale.ROOT, " less %.3f ms for %d rows at the catalog's scan rate", scanMs, rowsScanned) : "")));
            if (c.opsPerNode().isPresent() || c.ceilingOps().isPresent()) perNode(shape, c, throughput(shape, binding, data, READS), p99.value() / service, "", out);
            writes(shape, c, binding, data, out);
            return null;
        });
    }

    /**
     * {@code write_ms} as the light-load p99 of one write and {@code writes_per_node} as closed-loop write throughput (scaled
     * like {@code ops_per_node}), each only where the capability has it. One write is the binding's write of the
     * shape (docs/bench-shapes.md), so an engine that needs batches is measured on a batch.
     */
    private void writes(Shape shape, Capability c, EngineBinding binding, DatasetSpec data, List<MeasuredFigure> out) {
        if (c.writeMs().isPresent()) {
            Repeated p99 = lightLoadP99(shape + " write light-load p99", binding, data, WRITES);
            out.add(new MeasuredFigure(shape, "write_ms", round(p99.value()), p99.value(), p99.spread(), "light-load p99 of one write (read ratio 0) on "
                    + describe(data) + String.format(Locale.ROOT, ", runs of %.1f s", lightWindow(WRITES).toMillis() / 1000.0)));
        }
        if (c.writesPerNode().isPresent()) {
            Repeated ops = throughput(shape, binding, data, WRITES);
            double factor = nodeFactor(spec.scaling().coresPerNode().value(), host.cores());
            out.add(new MeasuredFigure(shape, "writes_per_node", round(ops.value() * factor), ops.value(), ops.spread(), String.format(Locale.ROOT,
                    "closed loop of writes only on %d connections: raw %.0f writes/s on %d cores, times %.2f for a %.0f-core node", 2 * host.cores(),
                    ops.value(), host.cores(), factor, spec.scaling().coresPerNode().value())));
        }
    }

    /**
     * A shape whose cost grows with rows: light-load p99 at each size, a line through them over the rows one operation
     * reads at that size ({@code rowsAt}), throughput at the smallest.
     */
    private void sloped(Shape shape, Capability c, List<Long> sizes, LongFunction<DatasetSpec> dataAt,
                        LongUnaryOperator rowsAt, List<MeasuredFigure> out) {
        double[] xs = new double[sizes.size()], ys = new double[sizes.size()], spreads = new double[sizes.size()];
        Repeated[] smallest = new Repeated[1];
        for (int i = 0; i < sizes.size(); i++) {
            DatasetSpec data = dataAt.apply(sizes.get(i));
            final int at = i;
            withData(data, binding -> {
                Repeated p99 = lightLoadP99(shape + " " + sizes.get(at) + " rows light-load p99", binding, data, READS);
                xs[at] = rowsAt.applyAsLong(sizes.get(at));
                ys[at] = p99.value();
                spreads[at] = p99.spread();
                if (at == 0 && (c.opsPerNode().isPresent() || c.ceilingOps().isPresent())) smallest[0] = throughput(shape, binding, data, READS);
                if (at == 0) writes(shape, c, binding, data, out);
                return null;
            });
        }
        Line line = Line.fit(xs, ys);
        double spread = Arrays.stream(spreads).max().orElse(0);
        String over = over(shape, sizes, xs, dataAt.apply(sizes.get(0)));
        if (line.slope() > 0 && c.scanRowsPerS().isPresent()) {
            double rowsPerS = 1000 / line.slope();
            out.add(new MeasuredFigure(shape, "scan_rows_per_s", round(rowsPerS), rowsPerS, spread, "inverse slope of light-load p99 over " + over));
        } else {
            warnings.accept(engine + " " + shape + ": light-load p99 did not grow with rows (" + Arrays.toString(ys) + " ms); scan_rows_per_s left to the catalog");
        }
        // Without a slope the rows cost nothing measurable here: the service time is the typical light-load p99 itself.
        // With a slope but no positive intercept, the fixed part is below what the line resolves: the catalog's stays,
        // since the median p99 beside a measured scan rate would count the rows twice.
        Optional<Double> fixed = fixedPart(line, ys);
        double service = fixed.orElse(c.serviceMs().value());
        if (fixed.isPresent()) {
            out.add(new MeasuredFigure(shape, "service_ms", round(service), service, spread, (line.slope() > 0 ? "intercept of" : "median")
                    + " light-load p99 over " + over));
        } else {
            warnings.accept(String.format(Locale.ROOT, "%s %s: the line through the light-load p99 (%s ms) crosses zero rows at %.3f ms; service_ms"
                    + " left to the catalog", engine, shape, Arrays.toString(ys), line.intercept()));
        }
        // Throughput was measured at the smallest size; the catalog's per-node rate is for the base operation (service_ms alone).
        if (smallest[0] != null) perNode(shape, c, smallest[0], ys[0] / service, String.format(Locale.ROOT, " at %,d rows", sizes.get(0)), out);
    }

    /**
     * The fixed part of an operation whose cost grows with rows, ms: the line's intercept; the median p99 when the line
     * does not rise (rows cost nothing measurable here); empty when it rises but does not cross zero rows above 0.
     */
    static Optional<Double> fixedPart(Line line, double[] p99s) {
        if (line.slope() <= 0) return Optional.of(Repeated.of(p99s).value());
        return line.intercept() > 0 ? Optional.of(line.intercept()) : Optional.empty();
    }

    /** What a sloped figure's line ran over, in the shape's own terms. */
    private static String over(Shape shape, List<Long> sizes, double[] rows, DatasetSpec first) {
        String sizesText = sizes.stream().map(s -> String.format(Locale.ROOT, "%,d", s)).reduce((a, b) -> a + ", " + b).orElse("");
        return switch (shape) {
            case FULL_TEXT -> Arrays.stream(rows).mapToObj(r -> String.format(Locale.ROOT, "%,.0f", r)).reduce((a, b) -> a + ", " + b).orElse("")
                    + " matches ranked per search (" + sizesText + " documents)";
            case AGGREGATE -> sizesText + " rows per full pass";
            default -> sizesText + String.format(Locale.ROOT, " rows per read on a table of %,d records or more", first.records());
        };
    }

    private Repeated throughput(Shape shape, EngineBinding binding, DatasetSpec data, double readRatio) {
        int connections = 2 * host.cores();
        return repeat(shape + (readRatio == WRITES ? " write" : "") + " throughput", () -> closedLoopOpsPerSec(binding, data, connections, readRatio));
    }

    /**
     * The per-node figure the capability has ({@code ceiling_ops} for an emulated technique, else {@code ops_per_node})
     * from a measured throughput: times {@code toBase} (the measured operation over the base one), times {@link #nodeFactor}.
     */
    private void perNode(Shape shape, Capability c, Repeated ops, double toBase, String at, List<MeasuredFigure> out) {
        double cores = spec.scaling().coresPerNode().value();
        double factor = nodeFactor(cores, host.cores());
        String how = String.format(Locale.ROOT, "closed loop on %d connections%s: raw %.0f ops/s on %d cores, times %.2f for the base operation,"
                + " times %.2f for a %.0f-core node (cores_per_node / min(host cores, cores_per_node))", 2 * host.cores(), at, ops.value(), host.cores(),
                toBase, factor, cores);
        String key = c.ceilingOps().isPresent() ? "ceiling_ops" : "ops_per_node";
        out.add(new MeasuredFigure(shape, key, round(ops.value() * toBase * factor), ops.value(), ops.spread(), how));
    }

    private <T> T withData(DatasetSpec data, Function<EngineBinding, T> body) {
        progress.step(engine + " " + data.shape() + ": loading " + String.format(Locale.ROOT, "%,d", data.records()) + " records", false);
        // The request's plan is not run: the body measures with plans of its own.
        RunPlan unused = new RunPlan(OptionalDouble.of(1), plan.step(), Duration.ZERO, 1, READS, Arrival.UNIFORM, KeyDistribution.DEFAULT, 13);
        BenchRequest request = new BenchRequest(engine, endpoint, "calibrate " + data.shape(), data, unused, OptionalDouble.empty(), false);
        long deadline = System.nanoTime() + BUSY_WAIT_NANOS;
        for (;;) {
            try {
                return BenchRunner.prepared(request, warnings, (binding, load) -> {
                    settle(binding, data);
                    return body.apply(binding);
                });
            } catch (NamespaceBusyException e) {
                // Another run (a bench, a test suite) holds the namespace: wait for it rather than give up the engine.
                if (System.nanoTime() > deadline || control.stopped()) throw e;
                progress.step(engine + ": waiting for another run to release the namespace", false);
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * p99 of one kind of operation (reads, or writes at read ratio 0) at light load, ms: open loop at
     * {@value #LIGHT_UTILISATION} of the ops/s a short closed loop on 2 x cores connections sustains, on the bench's
     * {@link RunPlan#DEFAULT_CONNECTIONS} connections, as a bench runs it. At that share the model's queue adds little,
     * so the p99 is the service time; unlike operations spaced on one idle connection, the client and the server stay
     * awake as in a bench, a write shares its WAL flush as commits do under load, and a step holds hundreds of
     * operations, not dozens (a write's run lasts {@value #WRITE_WINDOW_STEPS} steps). An operation too slow for
     * {@value #LIGHT_OPERATIONS} of them in a run is spaced on one connection instead.
     */
    private Repeated lightLoadP99(String what, EngineBinding binding, DatasetSpec data, double readRatio) {
        RunPlan light = lightPlan(binding, data, readRatio);  // probed once for all the figure's runs
        return repeatP99(what, readRatio == WRITES ? 0 : EXTRA_RUNS,
                () -> LoadGenerator.run(binding, data, light, control, ProgressSink.NONE, Optional.empty()).response());
    }

    /** The light-load run of {@link #lightLoadP99}: its rate from a {@link #PROBE} closed loop run now. */
    private RunPlan lightPlan(EngineBinding binding, DatasetSpec data, double readRatio) {
        RunPlan probePlan = new RunPlan(OptionalDouble.empty(), PROBE, Duration.ZERO, 2 * host.cores(), readRatio, Arrival.UNIFORM, KeyDistribution.DEFAULT, 11);
        RunResult probe = LoadGenerator.run(binding, data, probePlan, control, ProgressSink.NONE, Optional.empty());
        // An operation longer than the probe completes fewer times than there are connections: one per probe is the bound.
        double capacity = Math.max(probe.achievedOpsPerSec(), 1 / Math.max(probe.measuredSeconds(), PROBE.toMillis() / 1000.0));
        double rate = LIGHT_UTILISATION * capacity;
        Duration window = lightWindow(readRatio);
        boolean enough = rate * window.toMillis() / 1000.0 >= LIGHT_OPERATIONS;
        return enough
                ? new RunPlan(OptionalDouble.of(rate), window, LIGHT_WARMUP, RunPlan.DEFAULT_CONNECTIONS, readRatio, Arrival.UNIFORM, KeyDistribution.DEFAULT, 13)
                : new RunPlan(OptionalDouble.of(rate), window, LIGHT_WARMUP, 1, readRatio, Arrival.UNIFORM, KeyDistribution.DEFAULT, 13, LIGHT_OPERATIONS);
    }

    /** How long one light-load run of this kind measures: a step, a write's {@value #WRITE_WINDOW_STEPS} steps. */
    private Duration lightWindow(double readRatio) { return readRatio == WRITES ? plan.step().multipliedBy(WRITE_WINDOW_STEPS) : plan.step(); }

    /**
     * Reads a data set closed loop in half-second windows on 2 x cores connections until two windows in a row agree within
     * {@value #SETTLED} (at most {@value #MAX_SETTLE_WINDOWS}). A freshly loaded table answers slowly until its pages
     * are in the engine's cache (PostgreSQL, 3M range-scan rows read at 1,000/s just after the load: p50 86 ms in the
     * first second, 1.4 ms in the second, 0.25 ms from the tenth), and the light-load runs are to see the steady state
     * a bench sees after its warm-up, not the load's aftermath (it put a 37 ms service time on a 3M-row range scan).
     */
    private void settle(EngineBinding binding, DatasetSpec data) {
        progress.step(engine + " " + data.shape() + ": settling the fresh data set", false);
        double previous = 0;
        for (int i = 0; i < MAX_SETTLE_WINDOWS && !control.stopped(); i++) {
            double ops = closedLoopOpsPerSec(binding, data, 2 * host.cores(), READS, SETTLE_WINDOW);
            if (previous > 0 && Math.abs(ops - previous) <= SETTLED * previous) return;
            previous = ops;
        }
    }

    /**
     * A throughput run: half the plan's step (at least the probe's length). A closed loop's rate holds thousands of
     * operations a second and varied 1-11% over 2 s repeats here, while p99s need the whole step; the half saves a
     * quick calibration about 25 s, which the latency figures' extra runs spend.
     */
    private double closedLoopOpsPerSec(EngineBinding binding, DatasetSpec data, int connections, double readRatio) {
        Duration half = plan.step().dividedBy(2);
        return closedLoopOpsPerSec(binding, data, connections, readRatio, half.compareTo(PROBE) < 0 ? PROBE : half);
    }

    private double closedLoopOpsPerSec(EngineBinding binding, DatasetSpec data, int connections, double readRatio, Duration length) {
        RunPlan closed = new RunPlan(OptionalDouble.empty(), length, Duration.ZERO, connections, readRatio, Arrival.UNIFORM, KeyDistribution.DEFAULT, 17);
        return LoadGenerator.run(binding, data, closed, control, ProgressSink.NONE, Optional.empty()).achievedOpsPerSec();
    }

    /**
     * A latency figure, ms, and the spread of the runs' own p99s over it. The plan's repeats run; when their p99s differ
     * by more than {@value #P99S_AGREE} of the lower, a stall of the machine may have set one of them (a light-load run
     * of a few seconds holds a thousand operations or so, and one 10 ms pause delays the 1% that set its p99), so
     * {@code extraRuns} more run ({@value #EXTRA_RUNS} for reads). With three runs or more the figure is the median of
     * their p99s, which leaves the stalled run out; with two, the p99 of their operations pooled (their median would be
     * their mean).
     */
    private Repeated repeatP99(String what, int extraRuns, Supplier<Histogram> run) {
        List<Histogram> each = new ArrayList<>(runs(what, run));
        if (!Repeated.agree(p99s(each), P99S_AGREE)) {
            for (int i = 0; i < extraRuns; i++) {
                progress.step(engine + " " + what + String.format(Locale.ROOT, " (once more: the runs' p99s differ by more than %.0f%%)",
                        P99S_AGREE * 100), false);
                each.add(run.get());
            }
        }
        double[] p99s = p99s(each);
        if (each.size() >= 3) return Repeated.of(p99s);
        Histogram all = each.get(0).copy();
        each.subList(1, each.size()).forEach(all::add);
        return Repeated.pooled(LatencySummary.ofNanos(all).p99(), p99s);
    }

    private static double[] p99s(List<Histogram> runs) { return runs.stream().mapToDouble(h -> LatencySummary.ofNanos(h).p99()).toArray(); }

    private Repeated repeat(String what, DoubleSupplier measure) {
        return Repeated.of(runs(what, measure::getAsDouble).stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The plan's repeats of one measured point, each announced as a progress step. */
    private <T> List<T> runs(String what, Supplier<T> run) {
        List<T> each = new ArrayList<>(plan.repeats());
        for (int i = 1; i <= plan.repeats(); i++) {
            progress.step(engine + " " + what + " (" + i + " of " + plan.repeats() + ")", true);
            each.add(run.get());
        }
        return each;
    }

    private static String describe(DatasetSpec data) { return String.format(Locale.ROOT, "%,d records", data.records()); }

    /** Three significant digits: the figures are not more precise than that. */
    static double round(double v) {
        if (v <= 0 || Double.isInfinite(v) || Double.isNaN(v)) return v;
        // In decimal, not by scaling a double: 3.14e7 must print as 31400000, not 31399999.999999996.
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }

    /** A figure from repeated runs (the median of their values, or a p99 pooled over their operations) and their relative range. */
    record Repeated(double value, double spread) {
        /** {@code value} measured over all the runs together, with the range of the runs' own values over it. */
        static Repeated pooled(double value, double[] each) {
            DoubleSummaryStatistics runs = Arrays.stream(each).summaryStatistics();
            return new Repeated(value, value > 0 && runs.getCount() > 0 ? (runs.getMax() - runs.getMin()) / value : 0);
        }

        /** Whether the values lie within {@code share} of the lowest (all of them when it is 0). */
        static boolean agree(double[] values, double share) {
            DoubleSummaryStatistics runs = Arrays.stream(values).summaryStatistics();
            return runs.getCount() == 0 || runs.getMax() <= runs.getMin() * (1 + share);
        }

        static Repeated of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            return new Repeated(median, median > 0 ? (v[v.length - 1] - v[0]) / median : 0);
        }
    }

    /** Least-squares line y = intercept + slope x. */
    record Line(double intercept, double slope) {
        static Line fit(double[] x, double[] y) {
            double mx = Arrays.stream(x).average().orElse(0), my = Arrays.stream(y).average().orElse(0);
            double sxy = 0, sxx = 0;
            for (int i = 0; i < x.length; i++) {
                sxy += (x[i] - mx) * (y[i] - my);
                sxx += (x[i] - mx) * (x[i] - mx);
            }
            double slope = sxx == 0 ? 0 : sxy / sxx;
            return new Line(my - slope * mx, slope);
        }
    }
}
