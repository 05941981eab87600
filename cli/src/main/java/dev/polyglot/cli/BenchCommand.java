package dev.polyglot.cli;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.engine.WriteRows;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.workloads.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code polyglot bench}: a synthetic workload of one shape against one engine, or each workload of a file against
 * the engine it is routed to; prints a table, optionally writes the contract's JSON. Exit 1 when a verdict fails,
 * 3 when an engine is unreachable or lost mid-run. This class only declares and parses the options into one
 * {@link BenchOptions}; a {@link BenchSession} runs them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a synthetic workload against a real engine and judge it against its p99 budget.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A workloads file: run each workload (or --workload) on its engine.")
    Path file;
    @Option(names = "--engine", paramLabel = "ID", completionCandidates = EngineAddress.Ids.class, description = "One of ${COMPLETION-CANDIDATES}.")
    String engine;
    @Option(names = "--shape", paramLabel = "SHAPE", completionCandidates = Completions.Shapes.class, description = "point-lookup, range-scan, full-text, aggregate, time-series (default by engine).")
    String shape;
    @Option(names = "--rate", paramLabel = "OPS|max", description = "Target ops/s (open loop; 800, 0.5, 200k) or max (closed loop). Default 1000, or each workload's ops_per_sec.")
    String rate;
    @Option(names = "--duration", defaultValue = "30s", description = "Measured time, with its unit (500ms, 30s, 2m). Default ${DEFAULT-VALUE}.")
    String duration;
    @Option(names = "--warmup", defaultValue = "5s", description = "Warm-up before measuring, dropped. Default ${DEFAULT-VALUE}.")
    String warmup;
    @Option(names = "--connections", paramLabel = "N", defaultValue = "" + RunPlan.DEFAULT_CONNECTIONS, description = "Connections (one thread each). Default ${DEFAULT-VALUE}.")
    int connections;
    @Option(names = "--records", paramLabel = "N", converter = OptionValues.Count.class, description = "Records in the data set (100000, 200k, 1M). Default 100000.")
    Long records;
    @Option(names = "--hops", paramLabel = "N", defaultValue = "" + DatasetSpec.DEFAULT_HOPS, description = "graph-traversal: how far one read walks from its person, 1 to 4. Default ${DEFAULT-VALUE}.")
    int hops;
    @Option(names = "--consistency", paramLabel = "ONE|QUORUM", description = "cassandra: what each write waits for, one replica or a majority. Default ONE.")
    String consistency;
    @Option(names = "--write-rows", paramLabel = "N", description = "clickhouse: rows one write INSERTs, 1 (the single-row inserts ClickHouse warns against) to 100000. Default 100.")
    String writeRows;
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
    @Option(names = "--keys", defaultValue = KeyDistribution.DEFAULT_ID, description = "uniform, zipfian, latest or hotspot. Default ${DEFAULT-VALUE}.")
    String keys;
    @Option(names = "--cache-aside", description = "With --engine redis or memcached: point lookups cache-aside in front of postgres (PG* variables give its address).")
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

    @Option(names = "--embedded", description = "Start the engines the run needs on free loopback ports and stop them after (no server needed):"
            + " postgres, redis, duckdb in process; neo4j, cassandra, elasticsearch (OpenSearch) as a child JVM; no clickhouse; Linux x86_64;"
            + " as root postgres runs as nobody, OpenSearch as polyglot-opensearch.")
    boolean embedded;

    @Mixin CatalogOption catalogOption;

    @Option(names = "--find-max", description = "Search the highest open-loop rate whose p99 stays within the budget: short steps at rising"
            + " rates (--duration each), then a bisection.")
    boolean findMax;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BenchOptions options = UserError.validated(this::options);
        options.outputs().json().ifPresent(p -> OutputPaths.requireWritableFile("--json", p));
        options.outputs().html().ifPresent(p -> OutputPaths.requireWritableFile("--html", p));
        options.outputs().hlog().ifPresent(p -> OutputPaths.requireWritableFile("--hlog", p));
        return new BenchSession(options, spec.commandLine().getOut(), err).run();
    }

    /** The options as one immutable record; IllegalArgumentException names the option at fault (exit 2). */
    BenchOptions options() {
        Optional<Engine> e = Optional.ofNullable(engine).map(EngineAddress::engine);
        Optional<Shape> s = Optional.ofNullable(shape).map(text -> Shape.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "unknown --shape '" + text + "'" + e.map(x -> "; " + x.id() + " runs " + x.shapes()).orElse(""))));
        OptionalDouble r = rate == null ? OptionalDouble.empty() : BenchOptions.parseRate(rate);
        return new BenchOptions(Optional.ofNullable(file), e, s, r, rate != null && r.isEmpty(),
                DurationText.parse("--duration", duration), DurationText.parse("--warmup", warmup), connections,
                records == null ? OptionalLong.empty() : OptionalLong.of(records), hops,
                Optional.ofNullable(consistency).map(c -> WriteConsistency.parse(c).orElseThrow(() -> new IllegalArgumentException(
                        "--consistency must be " + WriteConsistency.listed() + ", was '" + c + "'"))),
                Optional.ofNullable(writeRows).map(n -> new WriteRows(WriteRows.parse(n).orElseThrow(() -> new IllegalArgumentException(
                        "--write-rows must be a whole number of rows, 1 to " + WriteRows.MAX + ", was '" + n + "'")))), p99 == null ? OptionalDouble.empty() : OptionalDouble.of(p99),
                readRatio == null ? OptionalDouble.empty() : OptionalDouble.of(readRatio), Optional.ofNullable(address.url),
                Arrival.parse(arrival).orElseThrow(() -> new IllegalArgumentException("--arrival must be uniform or poisson, was '" + arrival + "'")),
                KeyDistribution.parse(keys).orElseThrow(() -> new IllegalArgumentException("--keys must be uniform, zipfian, latest or hotspot, was '" + keys + "'")),
                seed, cacheAside, keep, Optional.ofNullable(workload), rateScale, scale,
                months == null ? OptionalDouble.empty() : OptionalDouble.of(months), embedded, findMax, Optional.ofNullable(catalogOption.file),
                new BenchOptions.Outputs(Optional.ofNullable(json), Optional.ofNullable(html), Optional.ofNullable(hlog), progress, failOnInconclusive));
    }
}
