package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Projection;
import dev.polyglot.advisor.RouteLimit;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.advisor.model.NodeEstimate;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.AdvisorEstimate;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleFunction;

/**
 * Turns {@code polyglot bench FILE} into one request per workload: the engine {@code --engine} names or the one
 * the advisor routes it to, at {@code ops_per_sec x --rate-scale}, judged against {@code p99_ms}, on a data set of
 * {@code records} (or {@code working_set} / {@value #BYTES_PER_RECORD} bytes, else {@value BenchOptions#DEFAULT_RECORDS})
 * times {@code --scale}. With {@code --months N}, the workloads as they will be then and routed as {@code advise --months N} routes them.
 * Each request carries the advisor's estimate for the workload as run (rate, records, rows), from the same catalog.
 */
final class WorkloadBenchRequests {
    /** Assumed bytes per record when only a working set is given. */
    static final long BYTES_PER_RECORD = 1_000;
    /** Fewest measured operations a run must see; a slower workload runs this many, spaced so they do not queue. */
    static final int MIN_OPERATIONS = 20;

    private WorkloadBenchRequests() {}

    /**
     * One request, the rate its result must reach (with {@code --find-max}), and what advise predicts for it at a given
     * rate (empty when the catalog has no estimate for it).
     */
    record Planned(BenchRequest request, double required, DoubleFunction<Optional<AdvisorEstimate>> estimateAt) {
        /** A request without an estimate beside it (the synthetic form). */
        static Planned alone(BenchRequest request, double required) { return new Planned(request, required, rate -> Optional.empty()); }

        Planned withRequest(BenchRequest r) { return new Planned(r, required, estimateAt); }
    }

    /** The requests; empty after printing why when nothing can run (the caller exits 2). */
    static List<Planned> from(BenchOptions cmd, Catalog catalog, String catalogName, PrintWriter err) {
        if (cmd.months().isPresent() && !(cmd.months().getAsDouble() >= 0 && cmd.months().getAsDouble() <= Projection.MAX_MONTHS)) {
            throw UserError.badInput("--months must be from 0 to " + (int) Projection.MAX_MONTHS + ", got " + Numbers.trim(cmd.months().getAsDouble()));
        }
        Path path = cmd.file().orElseThrow();
        if (!(WorkloadsInput.load(path, err, CatalogInput.resolver(catalog)) instanceof WorkloadsInput.Outcome.Loaded loaded)) return List.of();
        WorkloadsFile today = loaded.file();
        cmd.months().ifPresent(m -> Projection.beyondForecast(today, m).ifPresent(why -> { throw UserError.badInput(path + ": " + why); }));
        WorkloadsFile file = cmd.months().isEmpty() ? today : Projection.after(today, cmd.months().getAsDouble());
        List<Workload> chosen = cmd.workload().isEmpty() ? file.workloads() : file.workload(cmd.workload().get()).map(List::of)
                .orElseThrow(() -> UserError.badInput("no workload named '" + cmd.workload().get() + "' in " + path));
        Optional<Engine> forced = cmd.engine();
        CatalogAdvisor advisor = new CatalogAdvisor(catalog, ModelAssumptions.DEFAULT);
        Advice advice = forced.isPresent() ? null
                : cmd.months().isEmpty() ? advisor.advise(today) : advisor.adviseIn(today, cmd.months().getAsDouble());
        List<Planned> requests = new ArrayList<>();
        for (Workload w : chosen) {
            Optional<String> engineId = forced.map(Engine::id).or(() -> routeOf(advice, w));
            if (engineId.isEmpty()) {
                err.println("polyglot bench: skipping '" + w.name() + "': the advisor leaves it unserved; name an engine with --engine");
                continue;
            }
            Optional<Engine> engine = Engines.parse(engineId.get());
            if (engine.isEmpty()) {
                err.println("polyglot bench: skipping '" + w.name() + "': it is routed to " + engineId.get()
                        + ", which the bench cannot drive (it drives " + Engines.listed(d -> true) + "); try --engine");
                continue;
            }
            if (!engine.get().shapes().contains(w.shape())) {
                err.println("polyglot bench: skipping '" + w.name() + "': " + engine.get() + " has no bench for shape " + w.shape());
                continue;
            }
            requests.add(planned(cmd, w, engine.get(), catalog, catalogName));
        }
        if (requests.isEmpty()) err.println("polyglot bench: no workload of " + path + " can be benchmarked");
        return requests;
    }

    private static Optional<String> routeOf(Advice advice, Workload w) {
        return advice.routes().stream().filter(r -> r.workload().equals(w.name())).map(Advice.Route::engine).findFirst();
    }

    private static Planned planned(BenchOptions cmd, Workload w, Engine engine, Catalog catalog, String catalogName) {
        long base = w.records().isPresent() ? w.records().getAsLong()
                : w.workingSet().map(ws -> Math.max(1, ws.bytes() / BYTES_PER_RECORD)).orElse(BenchOptions.DEFAULT_RECORDS);
        long records = cmd.records().isPresent() ? cmd.records().getAsLong() : Math.max(1, Math.min(1_000_000_000L, Math.round(base * cmd.scale())));
        long rows = rowsRun(w, records);
        double budget = cmd.p99().orElse(w.p99Ms());
        double reads = cmd.readRatio().orElse(w.readRatio());
        OptionalDouble rate = cmd.closedLoop() ? OptionalDouble.empty() : OptionalDouble.of(cmd.rate().orElse(w.opsPerSec() * cmd.rateScale()));
        double seconds = cmd.duration().toMillis() / 1000.0;
        // Too slow to see enough operations: run MIN_OPERATIONS on one connection, spaced over the measured time.
        boolean spaced = rate.isPresent() && !cmd.findMax() && rate.getAsDouble() * seconds < MIN_OPERATIONS;
        // The constructors check the rate, records and budget the user's file and options asked for (exit 2 when out of bounds).
        RunPlan plan = UserError.validated(() -> spaced ? new RunPlan(rate, cmd.duration(), cmd.warmup(), 1, reads, cmd.arrival(), cmd.keys(),
                cmd.seed(), MIN_OPERATIONS) : cmd.plan(rate, reads));
        DatasetSpec dataset = UserError.validated(() -> new DatasetSpec(w.shape(), records, rows, cmd.hops(), cmd.writes(), cmd.rowsPerWrite()));
        BenchRequest request = UserError.validated(() -> new BenchRequest(engine, EngineAddress.resolve(engine, cmd.url()), w.name(), dataset, plan,
                OptionalDouble.of(budget), cmd.keep()));
        if (rate.isEmpty()) return Planned.alone(request, 0);
        Optional<EngineSpec> spec = catalog.engine(engine.id());
        OptionalDouble trigger = spec.map(e -> stopsFittingAt(w, e)).orElse(OptionalDouble.empty());
        return new Planned(request, rate.getAsDouble(), at -> spec.flatMap(e -> NodeEstimate.of(asRun(w, records, base, rows, at, reads, budget), e,
                ModelAssumptions.DEFAULT).map(n -> new AdvisorEstimate(n.p99Ms(), n.capacityOpsPerSec(), catalogName, n.figure(), n.reading(),
                dataset.operation(), trigger))));
    }

    /**
     * Rows one operation reads as the bench runs it: {@code rows_per_query} (a full pass when it covers every record,
     * so it follows {@code --scale}), else the model's default ({@link ModelAssumptions#defaultRows}); a time-series read
     * covers its fixed window. Never more than the records.
     */
    static long rowsRun(Workload w, long records) {
        if (w.shape() == Shape.TIME_SERIES) return DatasetSpec.TIME_SERIES_WINDOW_POINTS;
        long rows = w.rowsPerQuery().isPresent()
                ? (w.records().isPresent() && w.rowsPerQuery().getAsLong() >= w.records().getAsLong() ? records : w.rowsPerQuery().getAsLong())
                : ModelAssumptions.DEFAULT.defaultRows(w.shape(), OptionalLong.of(records));
        return Math.max(1, Math.min(rows, records));
    }

    /** The workload as the bench runs it, for the model: the rate, records, rows, read share and budget run, working set scaled alike. */
    private static Workload asRun(Workload w, long records, long baseRecords, long rows, double rate, double reads, double budget) {
        Workload.Builder b = w.toBuilder().opsPerSec(rate).records(records).rowsPerQuery(rows).readRatio(reads).p99Ms(budget);
        w.workingSet().ifPresent(ws -> b.workingSet(new ByteSize(Math.max(1, Math.round(ws.bytes() * (double) records / baseRecords)))));
        return b.build();
    }

    /** The ops/s at which advise says this workload (as in the file) stops fitting on the engine: its growth trigger. */
    private static OptionalDouble stopsFittingAt(Workload w, EngineSpec e) {
        return RouteLimit.of(new Estimator(ModelAssumptions.DEFAULT), w, e).map(l -> OptionalDouble.of(l.opsPerSec(w))).orElse(OptionalDouble.empty());
    }
}
