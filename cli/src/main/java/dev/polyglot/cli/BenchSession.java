package dev.polyglot.cli;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.BenchRunner;
import dev.polyglot.bench.MaxRateSearch;
import dev.polyglot.bench.EmbeddedEngines;
import dev.polyglot.bench.RateSearchPlan;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import dev.polyglot.bench.load.ProgressLine;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.bench.report.WriteTerms;
import dev.polyglot.cli.WorkloadBenchRequests.Planned;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One {@code polyglot bench} invocation run from its {@link BenchOptions}: build the requests, start embedded engines
 * if asked, run each request (stopping cleanly on Ctrl-C), then hand the results to {@link BenchOutputs}.
 * Returns the exit code.
 */
final class BenchSession {
    /** Chose Cassandra's write consistency before {@code --consistency} did; a script still setting it is told, not silently ignored. */
    static final String RETIRED_CONSISTENCY_VARIABLE = "CASSANDRA_WRITE_CONSISTENCY";
    /** Chose ClickHouse's rows per write before {@code --write-rows} did; told the same way. */
    static final String RETIRED_WRITE_ROWS_VARIABLE = "CLICKHOUSE_WRITE_ROWS";

    private final BenchOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    BenchSession(BenchOptions options, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Tells a script that still sets {@code variable}, which {@code concerns} engines once read, that the option replaced it. */
    private void warnIfRetired(List<Planned> planned, String variable, boolean optionGiven, Predicate<EngineDriver> concerns, String instead) {
        if (!optionGiven && System.getenv(variable) != null && planned.stream().anyMatch(p -> concerns.test(Engines.driver(p.request().engine())))) {
            err.println("polyglot bench: warning: " + variable + " is no longer read; " + instead);
        }
    }

    int run() {
        Optional<Catalog> catalog = CatalogInput.load(options.catalog().orElse(null), err);
        if (catalog.isEmpty()) return ExitCode.BAD_INPUT;
        List<Planned> planned = options.file().isEmpty()
                ? List.of(Planned.alone(UserError.validated(this::syntheticRequest), options.rate().orElse(RateSearchPlan.FLOOR)))
                : WorkloadBenchRequests.from(options, catalog.get(), options.catalog().map(Path::toString).orElse("built-in"), err);
        if (planned.isEmpty()) return ExitCode.BAD_INPUT;
        SparseLoads.announce(planned.stream().map(Planned::request).toList(), err);
        warnIfRetired(planned, RETIRED_CONSISTENCY_VARIABLE, options.consistency().isPresent(), EngineDriver::takesWriteConsistency,
                "writes wait for " + WriteConsistency.DEFAULT + " unless --consistency says otherwise");
        warnIfRetired(planned, RETIRED_WRITE_ROWS_VARIABLE, options.writeRows().isPresent(), EngineDriver::takesWriteRows,
                "a write appends " + WriteRows.DEFAULT + " rows unless --write-rows says otherwise");
        if (!options.embedded()) return runWithInterruptHook(planned);
        EmbeddedEngines.Started started;
        try {
            started = EmbeddedEngines.start(planned.stream().map(Planned::request).toList(), note -> err.println("polyglot bench: " + note));
        } catch (EngineUnavailableException e) {
            err.println("polyglot bench: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        try (EmbeddedEngines engines = started.engines()) {
            List<Planned> redirected = new ArrayList<>();
            for (int i = 0; i < planned.size(); i++) redirected.add(planned.get(i).withRequest(started.requests().get(i)));
            return runWithInterruptHook(redirected);
        }
    }

    private BenchRequest syntheticRequest() {
        Engine e = options.engine().orElseThrow();
        Shape s = options.syntheticShape();
        long records = options.records().orElse(BenchOptions.DEFAULT_RECORDS);
        DatasetSpec dataset = new DatasetSpec(s, records, WorkloadBenchRequests.rowsRun(Workload.builder(s.id(), s).build(), records), options.hops(),
                options.writes(), options.rowsPerWrite());
        OptionalDouble target = options.closedLoop() ? OptionalDouble.empty() : OptionalDouble.of(options.rate().orElse(BenchOptions.DEFAULT_RATE));
        return new BenchRequest(e, EngineAddress.resolve(e, options.url()), options.cacheAside() ? s.id() + " (cache-aside)" : s.id(), dataset,
                options.plan(target, options.readRatio().orElse(s.defaultReadRatio())), options.p99(), options.keep(),
                options.cacheAside() ? Optional.of(Engines.endpoint(PostgresDriver.ENGINE, Optional.empty(), System.getenv())) : Optional.empty());
    }

    /** A verdict's exit code: 1 for fail, and for inconclusive under {@code --fail-on-inconclusive}; else 0. */
    static int exitFor(Verdict verdict, boolean failOnInconclusive) {
        return verdict == Verdict.FAIL || (failOnInconclusive && verdict == Verdict.INCONCLUSIVE) ? ExitCode.NO : ExitCode.OK;
    }

    private ProgressSink progress(String label) {
        return options.outputs().progress() || System.console() != null ? new ProgressLine(System.err, label) : ProgressSink.NONE;
    }

    private int runWithInterruptHook(List<Planned> requests) {
        RunControl control = new RunControl();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            control.abort("interrupted");
            try { finished.await(15, TimeUnit.SECONDS); } catch (InterruptedException ignored) { Thread.currentThread().interrupt(); }
        }, "bench-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runAll(requests, control);
        } finally {
            // Only now may an interrupted JVM go on exiting: the namespace is removed and the results are written.
            finished.countDown();
            try { Runtime.getRuntime().removeShutdownHook(hook); } catch (IllegalStateException shuttingDown) { /* the hook is running */ }
        }
    }

    /** What one write of the run did, on the engines that let it vary (and only when the run writes). */
    private static WriteTerms writeTerms(BenchRequest r) {
        EngineDriver driver = Engines.driver(r.engine());
        boolean writes = r.plan().readRatio() < 1;
        return new WriteTerms(writes && driver.takesWriteConsistency() ? Optional.of(r.dataset().writes()) : Optional.empty(),
                writes && driver.takesWriteRows() ? Optional.of(r.dataset().writeRows()) : Optional.empty());
    }

    private int runAll(List<Planned> requests, RunControl control) {
        List<BenchResult> results = new ArrayList<>();
        int exit = ExitCode.OK;
        try (BenchOutputs.Hlog log = BenchOutputs.Hlog.open(options.outputs().hlog())) {
            for (Planned p : requests) {
                if (control.stopped()) break;
                BenchRequest r = p.request();
                Consumer<String> warnings = w -> err.println("polyglot bench: warning: " + w);
                BenchResult run = options.findMax()
                        ? MaxRateSearch.run(r, p.required(), control, step -> progress(r.engine() + " " + r.workload() + " " + step), log.writer(), warnings)
                        : BenchRunner.run(r, control, progress(r.engine() + " " + r.workload()), log.writer(), warnings);
                BenchResult result = (run.plan().rate().isPresent() ? run.withEstimate(p.estimateAt().apply(run.plan().rate().getAsDouble())) : run)
                        .withWrites(writeTerms(r));
                results.add(result);
                if (result.run().aborted().filter("interrupted"::equals).isPresent()) {
                    err.println("polyglot bench: interrupted; partial results kept");
                    exit = ExitCode.ENVIRONMENT;
                    break;
                }
                if (result.run().aborted().isPresent()) {
                    err.println("polyglot bench: " + r.engine() + " at " + r.endpoint() + ": " + result.run().aborted().get()
                            + "; partial results kept (start it with " + r.engine().startHint() + ")");
                    exit = ExitCode.ENVIRONMENT;
                    break;
                }
                if (exitFor(result.verdict(), options.outputs().failOnInconclusive()) == ExitCode.NO) exit = ExitCode.NO;
            }
        } catch (EngineUnavailableException e) {
            err.println("polyglot bench: " + e.getMessage());
            exit = ExitCode.ENVIRONMENT;
        } catch (IOException e) {
            err.println("polyglot bench: cannot write --hlog " + options.outputs().hlog().orElseThrow() + ": " + OutputPaths.why(e));
            exit = ExitCode.BAD_INPUT;
        } finally {
            err.flush();
        }
        int written = new BenchOutputs(options.outputs(), out, err).write(results);
        return written != ExitCode.OK ? written : exit;
    }
}
