package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Projection;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns {@code polyglot bench FILE} into one request per workload: the engine {@code --engine} names or the one
 * the advisor routes it to, at {@code ops_per_sec x --rate-scale}, judged against {@code p99_ms}, on a data set of
 * {@code records} (or {@code working_set} / {@value #BYTES_PER_RECORD} bytes, else {@value BenchCommand#DEFAULT_RECORDS})
 * times {@code --scale}. With {@code --months N}, the workloads as they will be then and routed as {@code advise --months N} routes them.
 */
final class WorkloadBenchRequests {
    /** Assumed bytes per record when only a working set is given. */
    static final long BYTES_PER_RECORD = 1_000;

    private WorkloadBenchRequests() {}

    /** The requests; empty after printing why when nothing can run (the caller exits 2). */
    static List<BenchRequest> from(BenchCommand cmd, PrintWriter err) {
        if (!(cmd.rateScale > 0) || !(cmd.scale > 0)) throw UserError.badInput("--rate-scale and --scale must be above 0");
        if (cmd.file != null && cmd.shape != null) throw UserError.badInput("--shape applies to the synthetic form only; FILE gives each workload's shape");
        if (cmd.months != null && !(cmd.months >= 0 && cmd.months <= Projection.MAX_MONTHS)) {
            throw UserError.badInput("--months must be from 0 to " + (int) Projection.MAX_MONTHS + ", got " + cmd.months);
        }
        if (!(WorkloadsInput.load(cmd.file, err) instanceof WorkloadsInput.Outcome.Loaded loaded)) return List.of();
        WorkloadsFile today = loaded.file();
        if (cmd.months != null) Projection.beyondForecast(today, cmd.months).ifPresent(why -> { throw UserError.badInput(cmd.file + ": " + why); });
        WorkloadsFile file = cmd.months == null ? today : Projection.after(today, cmd.months);
        List<Workload> chosen = cmd.workload == null ? file.workloads() : file.workload(cmd.workload).map(List::of)
                .orElseThrow(() -> UserError.badInput("no workload named '" + cmd.workload + "' in " + cmd.file));
        Optional<Engine> forced = Optional.ofNullable(cmd.engine).map(EngineAddress::engine);
        Advice advice = forced.isPresent() ? null
                : cmd.months == null ? CatalogAdvisor.builtIn().advise(today) : CatalogAdvisor.builtIn().adviseIn(today, cmd.months);
        List<BenchRequest> requests = new ArrayList<>();
        for (Workload w : chosen) {
            Optional<String> engineId = forced.map(Engine::id).or(() -> routeOf(advice, w));
            if (engineId.isEmpty()) {
                err.println("polyglot bench: skipping '" + w.name() + "': the advisor leaves it unserved; name an engine with --engine");
                continue;
            }
            Optional<Engine> engine = Engine.parse(engineId.get());
            if (engine.isEmpty()) {
                err.println("polyglot bench: skipping '" + w.name() + "': it is routed to " + engineId.get()
                        + ", which the bench cannot drive (it drives postgres, redis, clickhouse); try --engine");
                continue;
            }
            if (!engine.get().shapes().contains(w.shape())) {
                err.println("polyglot bench: skipping '" + w.name() + "': " + engine.get() + " has no bench for shape " + w.shape());
                continue;
            }
            requests.add(request(cmd, w, engine.get()));
        }
        if (requests.isEmpty()) err.println("polyglot bench: no workload of " + cmd.file + " can be benchmarked");
        return requests;
    }

    private static Optional<String> routeOf(Advice advice, Workload w) {
        return advice.routes().stream().filter(r -> r.workload().equals(w.name())).map(Advice.Route::engine).findFirst();
    }

    private static BenchRequest request(BenchCommand cmd, Workload w, Engine engine) {
        long base = w.records().isPresent() ? w.records().getAsLong()
                : w.workingSet().map(ws -> Math.max(1, ws.bytes() / BYTES_PER_RECORD)).orElse(BenchCommand.DEFAULT_RECORDS);
        long records = cmd.records != null ? cmd.records : Math.max(1, Math.min(1_000_000_000L, Math.round(base * cmd.scale)));
        long rows = w.rowsPerQuery().orElse(w.shape() == Shape.AGGREGATE ? 1000 : 20);
        OptionalDouble rate = cmd.rate == null ? OptionalDouble.of(w.opsPerSec() * cmd.rateScale) : BenchCommand.parseRate(cmd.rate, 1);
        double budget = cmd.p99 != null ? cmd.p99 : w.p99Ms();
        RunPlan plan = cmd.plan(rate, cmd.readRatio != null ? cmd.readRatio : w.readRatio());
        return UserError.validated(() -> new BenchRequest(engine, cmd.endpoint(engine), w.name(), new DatasetSpec(w.shape(), records, Math.min(rows, 1_000_000)),
                plan, OptionalDouble.of(budget), cmd.keep));
    }
}
