package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Projection;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns {@code polyglot bench FILE} into one request per workload: the engine {@code --engine} names or the one
 * the advisor routes it to, at {@code ops_per_sec x --rate-scale}, judged against {@code p99_ms}, on a data set of
 * {@code records} (or {@code working_set} / {@value #BYTES_PER_RECORD} bytes, else {@value BenchOptions#DEFAULT_RECORDS})
 * times {@code --scale}. With {@code --months N}, the workloads as they will be then and routed as {@code advise --months N} routes them.
 */
final class WorkloadBenchRequests {
    /** Assumed bytes per record when only a working set is given. */
    static final long BYTES_PER_RECORD = 1_000;

    private WorkloadBenchRequests() {}

    /** The requests; empty after printing why when nothing can run (the caller exits 2). */
    static List<BenchRequest> from(BenchOptions cmd, PrintWriter err) {
        if (cmd.months().isPresent() && !(cmd.months().getAsDouble() >= 0 && cmd.months().getAsDouble() <= Projection.MAX_MONTHS)) {
            throw new IllegalArgumentException("--months must be from 0 to " + (int) Projection.MAX_MONTHS + ", got " + Numbers.trim(cmd.months().getAsDouble()));
        }
        Path path = cmd.file().orElseThrow();
        if (!(WorkloadsInput.load(path, err) instanceof WorkloadsInput.Outcome.Loaded loaded)) return List.of();
        WorkloadsFile today = loaded.file();
        WorkloadsFile file = cmd.months().isEmpty() ? today : Projection.after(today, cmd.months().getAsDouble());
        List<Workload> chosen = cmd.workload().isEmpty() ? file.workloads() : file.workload(cmd.workload().get()).map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("no workload named '" + cmd.workload().get() + "' in " + path));
        Optional<Engine> forced = cmd.engine();
        Advice advice = forced.isPresent() ? null
                : cmd.months().isEmpty() ? CatalogAdvisor.builtIn().advise(today) : CatalogAdvisor.builtIn().adviseIn(today, cmd.months().getAsDouble());
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
        if (requests.isEmpty()) err.println("polyglot bench: no workload of " + path + " can be benchmarked");
        return requests;
    }

    private static Optional<String> routeOf(Advice advice, Workload w) {
        return advice.routes().stream().filter(r -> r.workload().equals(w.name())).map(Advice.Route::engine).findFirst();
    }

    private static BenchRequest request(BenchOptions cmd, Workload w, Engine engine) {
        long base = w.records().isPresent() ? w.records().getAsLong()
                : w.workingSet().map(ws -> Math.max(1, ws.bytes() / BYTES_PER_RECORD)).orElse(BenchOptions.DEFAULT_RECORDS);
        long records = cmd.records().isPresent() ? cmd.records().getAsLong() : Math.max(1, Math.min(1_000_000_000L, Math.round(base * cmd.scale())));
        long rows = w.rowsPerQuery().orElse(w.shape() == Shape.AGGREGATE ? 1000 : 20);
        OptionalDouble rate = cmd.closedLoop() ? OptionalDouble.empty() : OptionalDouble.of(cmd.rate().orElse(w.opsPerSec() * cmd.rateScale()));
        double budget = cmd.p99().orElse(w.p99Ms());
        return new BenchRequest(engine, EngineAddress.resolve(engine, cmd.url()), w.name(), new DatasetSpec(w.shape(), records, Math.min(rows, 1_000_000)),
                cmd.plan(rate, cmd.readRatio().orElse(w.readRatio())), OptionalDouble.of(budget), cmd.keep());
    }
}
