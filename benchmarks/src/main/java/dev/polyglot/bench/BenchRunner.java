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
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.RateSearch;
import dev.polyglot.bench.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * {@code --find-max}: on one loaded data set, short open-loop runs at the rates {@link RateSearchPlan} picks from
     * the request's rate, each judged against the budget (errors, and rates not held, fail). The result is the run of
     * the highest rate that passed (else the last run), with every step; its verdict passes when that rate reaches
     * {@code required}.
     *
     * @param required ops/s the highest rate within the budget must reach for the verdict to pass (a workload's rate)
     * @param progress receives each step's label and returns its sink
     */
    public static BenchResult findMax(BenchRequest request, double required, RunControl control, Function<String, ProgressSink> progress,
                                      Optional<HistogramLogWriter> hlog, Consumer<String> warnings) {
        if (request.plan().rate().isEmpty() || request.budget().isEmpty()) throw new IllegalArgumentException("--find-max needs a starting rate and a p99 budget");
        double start = request.plan().rate().getAsDouble();
        double asked = required;
        return prepared(request, warnings, (binding, load) -> {
            RateSearchPlan search = new RateSearchPlan(start);
            List<RateSearch.Step> steps = new ArrayList<>();
            RunResult best = null, last = null;
            RunPlan bestPlan = null, lastPlan = null;
            for (OptionalDouble rate = search.next(); rate.isPresent() && !control.stopped(); rate = search.next()) {
                RunPlan plan = request.plan().atRate(rate.getAsDouble());
                RunResult run = LoadGenerator.run(binding, request.dataset(), plan, control, progress.apply(String.format(Locale.ROOT, "at %.1f/s", rate.getAsDouble())), hlog);
                if (run.aborted().isPresent()) return result(request, load, plan, run, List.copyOf(steps), search.maxWithinBudget(), asked);
                Judgement j = atTheEdge(Judgement.of(plan, run, request.budget()), run);
                steps.add(new RateSearch.Step(rate.getAsDouble(), run.achievedOpsPerSec(), LatencySummary.ofNanos(run.response()).p99(), j.verdict(), j.reason()));
                boolean pass = j.verdict() == Verdict.PASS;
                search.record(rate.getAsDouble(), pass);
                last = run;
                lastPlan = plan;
                if (pass && rate.getAsDouble() >= search.maxWithinBudget()) {
                    best = run;
                    bestPlan = plan;
                }
            }
            return best != null ? result(request, load, bestPlan, best, steps, search.maxWithinBudget(), asked)
                    : result(request, load, lastPlan, last, steps, 0, asked);
        });
    }

    /**
     * A step that passed with its connections busy {@value Judgement#SATURATED_BUSY} of the time or more sits at the
     * edge of saturation: the next run at that rate may not hold it. It does not count as a pass, so the rate found
     * leaves room, and a run at 0.9 times it passes.
     */
    static Judgement atTheEdge(Judgement j, RunResult run) {
        if (j.verdict() != Verdict.PASS || run.connectionsBusy() < Judgement.SATURATED_BUSY) return j;
        return new Judgement(Verdict.FAIL, String.format(Locale.ROOT, "%s, but its connections were busy %.0f%% of the time: at the edge of"
                + " saturation", j.reason(), run.connectionsBusy() * 100));
    }

    private static BenchResult result(BenchRequest request, LoadReport load, RunPlan plan, RunResult run, List<RateSearch.Step> steps,
                                      double max, double asked) {
        double budget = request.budget().getAsDouble();
        Judgement judgement = run.aborted().isPresent() ? Judgement.of(plan, run, request.budget())
                : max >= asked * Judgement.HELD_SHARE
                ? new Judgement(Verdict.PASS, String.format(Locale.ROOT, "highest rate within the %.1f ms budget: %.1f ops/s (needed %.1f) after %d steps",
                        budget, max, asked, steps.size()))
                : new Judgement(Verdict.FAIL, max == 0
                        ? String.format(Locale.ROOT, "no rate down to %.1f ops/s stayed within the %.1f ms budget", RateSearchPlan.FLOOR, budget)
                        : String.format(Locale.ROOT, "highest rate within the %.1f ms budget: %.1f ops/s, under the %.1f needed, after %d steps",
                                budget, max, asked, steps.size()));
        return new BenchResult(engineOf(request), request.workload(), request.dataset().shape().id(), plan, load, run, request.budget(), judgement)
                .withSearch(Optional.of(new RateSearch(max, steps)));
    }

    private static String engineOf(BenchRequest request) {
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
