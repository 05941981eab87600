package dev.polyglot.bench.report;

import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One workload's run on one engine, as reported (table, JSON, HTML).
 *
 * @param engine   engine id
 * @param workload workload name (the shape for a synthetic run)
 * @param shape    shape id
 * @param plan     how it was driven
 * @param load     how its data set was made ready
 * @param run      what it measured
 * @param budget   p99 budget in milliseconds, if any
 * @param judgement the verdict and why
 * @param estimate what advise predicted for it, when it came from a workloads file
 * @param search   with {@code --find-max}: the highest rate within the budget and every step (this result is the run at that rate)
 * @param writes   what one write did where the engine lets it vary (the level it waited for, the rows it appended)
 */
public record BenchResult(String engine, String workload, String shape, RunPlan plan, LoadReport load, RunResult run,
                          OptionalDouble budget, Judgement judgement, Optional<AdvisorEstimate> estimate, Optional<RateSearch> search,
                          WriteTerms writes) {
    /** A result without an estimate beside it (the synthetic form). */
    public BenchResult(String engine, String workload, String shape, RunPlan plan, LoadReport load, RunResult run,
                       OptionalDouble budget, Judgement judgement) {
        this(engine, workload, shape, plan, load, run, budget, judgement, Optional.empty(), Optional.empty(), WriteTerms.NONE);
    }

    /** This result with {@code advise}'s estimate beside it. */
    public BenchResult withEstimate(Optional<AdvisorEstimate> e) {
        return new BenchResult(engine, workload, shape, plan, load, run, budget, judgement, e, search, writes);
    }

    /** This result with the rate search that found it. */
    public BenchResult withSearch(Optional<RateSearch> s) {
        return new BenchResult(engine, workload, shape, plan, load, run, budget, judgement, estimate, s, writes);
    }

    /** This result with what its writes did. */
    public BenchResult withWrites(WriteTerms w) {
        return new BenchResult(engine, workload, shape, plan, load, run, budget, judgement, estimate, search, w);
    }

    /** Measured p99 over the estimate, when there is a finite estimate. */
    public OptionalDouble measuredOverEstimate() {
        return estimate.map(e -> e.ratio(latency().p99())).orElse(OptionalDouble.empty());
    }

    public LatencySummary latency() { return LatencySummary.ofNanos(run.response()); }

    public Verdict verdict() { return judgement.verdict(); }
}
