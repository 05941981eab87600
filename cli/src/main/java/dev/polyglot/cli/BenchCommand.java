package dev.polyglot.cli;

import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.BenchRunner;
import dev.polyglot.bench.embedded.EmbeddedEngines;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.ProgressLine;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.HtmlReport;
import dev.polyglot.bench.report.ResultsJson;
import dev.polyglot.bench.report.ResultsTable;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.workloads.Shape;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.HistogramLogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code polyglot bench}: a synthetic workload of one shape against one engine, or each workload of a file against
 * the engine it is routed to; prints a table, optionally writes the contract's JSON. Exit 1 when a verdict fails,
 * 3 when an engine is unreachable or lost mid-run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a synthetic workload against a real engine and judge it against its p99 budget.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A workloads file: run each workload (or --workload) on its engine.")
    Path file;
    @Option(names = "--engine", paramLabel = "ID", completionCandidates = Completions.BenchEngines.class, description = "postgres, redis or clickhouse.")
    String engine;
    @Option(names = "--shape", paramLabel = "SHAPE", completionCandidates = Completions.Shapes.class, description = "point-lookup, range-scan, full-text, aggregate, time-series (default by engine).")
    String shape;
    @Option(names = "--rate", paramLabel = "OPS|max", description = "Target ops/s (open loop; 800, 0.5, 200k) or max (closed loop). Default 1000, or each workload's ops_per_sec.")
    String rate;
    @Option(names = "--duration", defaultValue = "30s", description = "Measured time, with its unit (500ms, 30s, 2m). Default ${DEFAULT-VALUE}.")
    String duration;
    @Option(names = "--warmup", defaultValue = "5s", description = "Warm-up before measuring, dropped. Default ${DEFAULT-VALUE}.")
    String warmup;
    @Option(names = "--connections", paramLabel = "N", defaultValue = "8", description = "Connections (one thread each). Default ${DEFAULT-VALUE}.")
    int connections;
    @Option(names = "--records", paramLabel = "N", converter = OptionValues.Count.class, description = "Records in the data set (100000, 200k, 1M). Default 100000.")
    Long records;
    @Option(names = "--p99", paramLabel = "MS", converter = OptionValues.Milliseconds.class, description = "p99 budget: milliseconds (50) or a duration (50ms, 0.5s).")
    Double p99;
    @Option(names = "--read-ratio", paramLabel = "0..1", description = "Share of reads (default by shape).")
    Double readRatio;
    @Mixin EngineAddress address;
    @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
    Path json;
    @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained HTML report (percentile plots, per-second series).")
    Path html;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of key and arrival choices. Default ${DEFAULT-VALUE}.")
    long seed;
    @Option(names = "--arrival", defaultValue = "uniform", description = "uniform or poisson. Default ${DEFAULT-VALUE}.")
    String arrival;
    @Option(names = "--keys", defaultValue = "zipfian", description = "uniform, zipfian, latest or hotspot. Default ${DEFAULT-VALUE}.")
    String keys;
    @Option(names = "--cache-aside", description = "With --engine redis: point lookups cache-aside in front of postgres (PG* variables give its address).")
    boolean cacheAside;
    @Option(names = "--keep", description = "Keep the bench's data set for the next run (reused when it matches).")
    boolean keep;
    @Option(names = "--hlog", paramLabel = "FILE", description = "Write per-second interval histograms (HdrHistogram log).")
    Path hlog;
    @Option(names = "--fail-on-inconclusive", description = "Exit 1 when a verdict is inconclusive (the client could not hold the rate), as for fail.")
    boolean failOnInconclusive;
    @Option(names = "--progress", description = "Show the live progress line even when stderr is not a terminal.")
    boolean progress;
    @Option(names = "--workload", paramLabel = "NAME", description = "With FILE: run only this workload.")
    String workload;
    @Option(names = "--rate-scale", paramLabel = "X", defaultValue = "1", description = "With FILE: multiply each workload's ops/s.")
    double rateScale;
    @Option(names = "--scale", paramLabel = "X", defaultValue = "1", description = "With FILE: multiply each workload's records.")
    double scale;

    @Option(names = "--months", paramLabel = "N", description = "With FILE: bench the workloads as they will be N months from now (0 to 120),"
            + " each grown at its growth rate and routed as `advise --months N` routes it.")
    Double months;

    @Option(names = "--embedded", description = "Start an in-process postgres and/or redis on a free port for the run and stop it after"
            + " (no server needed; no clickhouse; Linux x86_64; as root postgres runs as nobody).")
    boolean embedded;

    static final long DEFAULT_RECORDS = 100_000;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OutputPaths.requireWritableFile("--json", json);
        OutputPaths.requireWritableFile("--html", html);
        OutputPaths.requireWritableFile("--hlog", hlog);
        List<BenchRequest> requests = file == null ? List.of(syntheticRequest()) : WorkloadBenchRequests.from(this, err);
        if (requests.isEmpty()) return ExitCode.BAD_INPUT;
        SparseLoads.announce(requests, err);
        if (!embedded) return runWithInterruptHook(requests, err);
        EmbeddedEngines.Started started;
        try {
            started = EmbeddedEngines.start(requests, note -> err.println("polyglot bench: " + note));
        } catch (EngineUnavailableException e) {
            err.println("polyglot bench: " + e.getMessage());
            return ExitCode.ENVIRONMENT;
        }
        try (EmbeddedEngines engines = started.engines()) {
            return runWithInterruptHook(started.requests(), err);
        }
    }

    private BenchRequest syntheticRequest() {
        if (engine == null) throw UserError.badInput("give --engine postgres|redis|clickhouse, or a workloads FILE");
        if (months != null) throw UserError.badInput("--months grows the workloads of a FILE; the synthetic form has none");
        Engine e = EngineAddress.engine(engine);
        Shape s = shape == null ? e.defaultShape() : Shape.parse(shape)
                .orElseThrow(() -> UserError.badInput("unknown --shape '" + shape + "'; " + e.id() + " runs " + e.shapes()));
        DatasetSpec dataset = UserError.validated(() -> new DatasetSpec(s, records == null ? DEFAULT_RECORDS : records, s == Shape.AGGREGATE ? 1000 : 20));
        OptionalDouble target = parseRate(rate == null ? "1000" : rate, 1);
        return UserError.validated(() -> new BenchRequest(e, endpoint(e), cacheAside ? s.id() + " (cache-aside)" : s.id(), dataset,
                plan(target, readRatio == null ? s.defaultReadRatio() : readRatio), p99 == null ? OptionalDouble.empty() : OptionalDouble.of(p99), keep,
                cacheAside ? Optional.of(Endpoint.resolve(Engine.POSTGRES, Optional.empty(), System.getenv())) : Optional.empty()));
    }

    Endpoint endpoint(Engine e) { return address.of(e); }

    RunPlan plan(OptionalDouble target, double reads) {
        Duration measured = DurationText.parse("--duration", duration);
        Duration warm = DurationText.parse("--warmup", warmup);
        return UserError.validated(() -> new RunPlan(target, measured, warm, connections, reads,
                Arrival.parse(arrival).orElseThrow(() -> UserError.badInput("--arrival must be uniform or poisson, was '" + arrival + "'")),
                KeyDistribution.parse(keys).orElseThrow(() -> UserError.badInput("--keys must be uniform, zipfian, latest or hotspot, was '" + keys + "'")),
                seed));
    }

    /** {@code max} is closed loop (empty); a number is scaled by {@code factor}. */
    static OptionalDouble parseRate(String text, double factor) {
        if (text.trim().equalsIgnoreCase("max")) return OptionalDouble.empty();
        return OptionalDouble.of(OptionValues.opsPerSecond("--rate", text) * factor);
    }

    /** A verdict's exit code: 1 for fail, and for inconclusive under {@code --fail-on-inconclusive}; else 0. */
    static int exitFor(Verdict verdict, boolean failOnInconclusive) {
        return verdict == Verdict.FAIL || (failOnInconclusive && verdict == Verdict.INCONCLUSIVE) ? ExitCode.NO : ExitCode.OK;
    }

    private int runWithInterruptHook(List<BenchRequest> requests, PrintWriter err) {
        RunControl control = new RunControl();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            control.abort("interrupted");
            try { finished.await(15, TimeUnit.SECONDS); } catch (InterruptedException ignored) { Thread.currentThread().interrupt(); }
        }, "bench-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runAll(requests, control, err);
        } finally {
            // Only now may an interrupted JVM go on exiting: the namespace is removed and the results are written.
            finished.countDown();
            try { Runtime.getRuntime().removeShutdownHook(hook); } catch (IllegalStateException shuttingDown) { /* the hook is running */ }
        }
    }

    private int runAll(List<BenchRequest> requests, RunControl control, PrintWriter err) {
        List<BenchResult> results = new ArrayList<>();
        int exit = ExitCode.OK;
        try (HlogFile log = HlogFile.open(hlog)) {
            for (BenchRequest r : requests) {
                if (control.stopped()) break;
                PrintStream stderr = System.err;
                ProgressSink sink = progress || System.console() != null ? new ProgressLine(stderr, r.engine() + " " + r.workload()) : ProgressSink.NONE;
                BenchResult result = BenchRunner.run(r, control, sink, log.writer(), w -> err.println("polyglot bench: warning: " + w));
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
                if (exitFor(result.verdict(), failOnInconclusive) == ExitCode.NO) exit = ExitCode.NO;
            }
        } catch (EngineUnavailableException e) {
            err.println("polyglot bench: " + e.getMessage());
            exit = ExitCode.ENVIRONMENT;
        } catch (IOException e) {
            err.println("polyglot bench: cannot write --hlog " + hlog + ": " + OutputPaths.why(e));
            exit = ExitCode.BAD_INPUT;
        } finally {
            err.flush();
        }
        if (!results.isEmpty()) {
            spec.commandLine().getOut().print(ResultsTable.render(results));
            spec.commandLine().getOut().flush();
        }
        if (html != null) {
            try {
                Files.writeString(html, HtmlReport.render(results));
            } catch (IOException e) {
                err.println("polyglot bench: cannot write --html " + html + ": " + OutputPaths.why(e));
                return ExitCode.BAD_INPUT;
            }
        }
        if (json != null) {
            try {
                ResultsJson.write(results, json);
            } catch (IOException e) {
                err.println("polyglot bench: cannot write --json " + json + ": " + OutputPaths.why(e));
                return ExitCode.BAD_INPUT;
            }
        }
        return exit;
    }

    /** The optional {@code --hlog} writer, closed with the run. */
    private record HlogFile(Optional<PrintStream> stream, Optional<HistogramLogWriter> writer) implements AutoCloseable {
        /** Opens the file and writes the log's header (format version, start time, legend) once for every run. */
        static HlogFile open(Path path) throws IOException {
            if (path == null) return new HlogFile(Optional.empty(), Optional.empty());
            PrintStream stream = new PrintStream(Files.newOutputStream(path), false, "US-ASCII");
            HistogramLogWriter writer = new HistogramLogWriter(stream);
            writer.outputLogFormatVersion();
            writer.outputStartTime(System.currentTimeMillis());
            writer.outputLegend();
            return new HlogFile(Optional.of(stream), Optional.of(writer));
        }

        @Override public void close() { stream.ifPresent(PrintStream::close); }
    }

}
