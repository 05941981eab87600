package dev.polyglot.bench;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.load.LoadGenerator;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunResult;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Judgement;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Claim the namespace, open, load (or reuse), run, judge, remove the namespace unless kept, and release the claim;
 * the one sequence every caller uses.
 */
public final class BenchRunner {
    private BenchRunner() {}

    /**
     * @param warnings receives problems that do not void the result, e.g. a cleanup the dead engine refused
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached at the start
     * @throws dev.polyglot.bench.engine.NamespaceBusyException when another run holds the namespace (nothing was touched)
     */
    public static BenchResult run(BenchRequest request, RunControl control, ProgressSink progress,
                                  Optional<HistogramLogWriter> hlog, Consumer<String> warnings) {
        return prepared(request, warnings, (binding, load) -> {
            RunResult run = LoadGenerator.run(binding, request.dataset(), request.plan(), control, progress, hlog);
            return new BenchResult(engineOf(request), request.workload(), request.dataset().shape().id(), request.plan(), load, run,
                    request.budget(), Judgement.of(request.plan(), run, request.budget()));
        });
    }

    static String engineOf(BenchRequest request) {
        return request.engine().id() + (request.cacheAsideOver().isPresent() ? "+postgres" : "");
    }

    /**
     * Claims the namespace, opens the binding, loads (or reuses) the data set, runs {@code body}, then removes the
     * namespace unless kept and releases the claim. The request's plan is not run: {@code body} runs what it needs.
     */
    public static <T> T prepared(BenchRequest request, Consumer<String> warnings, BiFunction<EngineBinding, LoadReport, T> body) {
        Claimant me = Claimant.current();
        EngineDriver driver = Engines.driver(request.engine());
        try (NamespaceClaim claim = driver.claim(request.endpoint(), me);
             NamespaceClaim source = request.cacheAsideOver().map(pg -> Engines.driver(PostgresDriver.ENGINE).claim(pg, me)).orElse(NamespaceClaim.NONE);
             EngineBinding binding = request.cacheAsideOver().<EngineBinding>map(pg -> driver.cacheAside().orElseThrow().open(request.endpoint(), pg))
                .orElseGet(() -> driver.open(request.endpoint()))) {
            try {
                return body.apply(binding, binding.load(request.dataset()));
            } finally {
                if (!request.keep()) {
                    try {
                        binding.cleanup();
                    } catch (RuntimeException e) {
                        warnings.accept("could not remove the bench namespace on " + request.engine() + " at " + request.endpoint() + ": " + e.getMessage());
                    }
                }
            }
        }
    }
}
