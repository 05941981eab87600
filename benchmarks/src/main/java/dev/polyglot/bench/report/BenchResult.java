package dev.polyglot.bench.report;

import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
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
 */
public record BenchResult(String engine, String workload, String shape, RunPlan plan, LoadReport load, RunResult run,
                          OptionalDouble budget, Judgement judgement) {
    public LatencySummary latency() { return LatencySummary.ofNanos(run.response()); }

    public Verdict verdict() { return judgement.verdict(); }
}
