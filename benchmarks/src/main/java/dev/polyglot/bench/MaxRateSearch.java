package dev.polyglot.bench;

import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.LoadGenerator;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Judgement;
import dev.polyglot.bench.report.RateSearch;
import dev.polyglot.bench.report.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import org.HdrHistogram.HistogramLogWriter;

/**
 * {@code bench --find-max}: the highest open-loop rate within the budget, such that a later run at 0.9 times it passes
 * and one at 1.3 times it fails on the same machine. Short runs at the rates {@link RateSearchPlan} picks, each judged
 * against the budget (errors, and rates not held, fail), on one loaded data set.
 *
 * <p>The capacity of a 2-core VM moves by about 12% either way from one short run to the next (a pure CPU loop does
 * too), and by more within a minute, so four rules keep the answer centred: a failing step runs once more before it
 * counts (a stall fails one run, and one false failure would cap the search far too low); a step that passed with its
 * connections {@value #EDGE_BUSY} busy or more counts as a failure (the next run at that rate may not hold it); the
 * answer is at most {@value #CAPACITY_SHARE} of the engine's capacity as the busy steps measured it, averaged (the
 * highest pass is the luckiest of several draws), from the saturated steps alone when any ran (they measure the
 * capacity itself, where a half-busy step extrapolates it); and no answer lies above a rate the engine could not
 * sustain twice with its connections saturated (a later pass above it is the machine speeding up, not capacity).
 */
public final class MaxRateSearch {
    private MaxRateSearch() {}

    /** Runs of a failing step before it counts as a failure. */
    static final int CONFIRMING_RUNS = 2;
    /** Busy share of the connections at or above which a step that passed is at the edge of saturation. */
    static final double EDGE_BUSY = 0.95;
    /**
     * The answer's bound as a share of the measured capacity. At 0.93, a run at 0.9 times the answer keeps its
     * connections 84% busy (it passes unless the capacity drops 15%), and one at 1.3 times it asks 121% (it fails
     * unless the capacity rises 14%).
     */
    static final double CAPACITY_SHARE = 0.93;
    /** Steps whose connections were busy less than this share do not measure the capacity: the client's own time dominates. */
    static final double MEASURING_BUSY = 0.5;

    /**
     * @param required ops/s the highest rate within the budget must reach for the verdict to pass (a workload's rate)
     * @param progress receives each step's label and returns its sink
     */
    public static BenchResult run(BenchRequest request, double required, RunControl control, Function<String, ProgressSink> progress,
                                  Optional<HistogramLogWriter> hlog, Consumer<String> warnings) {
        if (request.plan().rate().isEmpty() || request.budget().isEmpty()) throw new IllegalArgumentException("--find-max needs a starting rate and a p99 budget");
        double start = request.plan().rate().getAsDouble();
        return BenchRunner.prepared(request, warnings, (binding, load) -> {
            Walk walk = new Walk(request, control, progress, hlog, binding);
            RateSearchPlan search = new RateSearchPlan(start);
            boolean budgetBinds = false;
            for (OptionalDouble rate = search.next(); rate.isPresent() && !control.stopped(); rate = search.next()) {
                Tried t = walk.step(rate.getAsDouble());
                if (t.run().aborted().isPresent()) return result(request, load, t.plan(), t.run(), walk, search.maxWithinBudget(), "", required);
                search.record(t.rate(), t.passed());
                budgetBinds |= !t.passed() && t.run().connectionsBusy() < EDGE_BUSY;
            }
            double highest = search.maxWithinBudget();
            OptionalDouble centred = walk.centred();
            double ceiling = walk.lowestSaturatedFailure() / RateSearchPlan.RESOLUTION;
            double retry = Math.min(centred.orElse(0), ceiling);
            if (!budgetBinds && highest > 0 && retry > highest * RateSearchPlan.RESOLUTION && !control.stopped()) {
                // Noise failed the steps above the highest pass: try the rate the measured capacity puts the answer at.
                Tried t = walk.step(retry);
                if (t.run().aborted().isPresent()) return result(request, load, t.plan(), t.run(), walk, highest, "", required);
                if (t.passed()) highest = t.rate();
            }
            double max = Math.min(highest, Math.min(centred.orElse(highest), ceiling));
            String bound = max >= highest || max <= 0 ? ""
                    : max == ceiling ? String.format(Locale.ROOT, " (%.1f passed; bounded under the %.1f ops/s the engine could not sustain twice"
                            + " with its connections saturated: a pass above that rate is the machine speeding up)", highest, walk.lowestSaturatedFailure())
                    : String.format(Locale.ROOT, " (%.1f passed; bounded by %.0f%% of the %.1f ops/s its busy steps measured, so a run at the answer"
                            + " has room)", highest, CAPACITY_SHARE * 100, max / CAPACITY_SHARE);
            Optional<Tried> best = walk.nearestPassAtOrAbove(max);
            Tried shown = best.orElse(walk.last());
            return result(request, load, shown.plan(), shown.run(), walk, best.isPresent() ? max : 0, bound, required);
        });
    }

    /** One step: its rate, plan, and the run that decided it with its judgement. */
    record Tried(double rate, RunPlan plan, RunResult run, Judgement judgement) {
        boolean passed() { return judgement.verdict() == Verdict.PASS; }

        RateSearch.Step step() {
            return new RateSearch.Step(rate, run.achievedOpsPerSec(), LatencySummary.ofNanos(run.response()).p99(),
                    Math.min(1, Math.max(0, run.connectionsBusy())), judgement.verdict(), judgement.reason());
        }
    }

    /** The steps run so far on one binding, and the capacities the busy ones measured. */
    private static final class Walk {
        private final BenchRequest request;
        private final RunControl control;
        private final Function<String, ProgressSink> progress;
        private final Optional<HistogramLogWriter> hlog;
        private final EngineBinding binding;
        final List<Tried> tried = new ArrayList<>();
        final List<Capacity> capacities = new ArrayList<>();

        Walk(BenchRequest request, RunControl control, Function<String, ProgressSink> progress, Optional<HistogramLogWriter> hlog,
             EngineBinding binding) {
            this.request = request;
            this.control = control;
            this.progress = progress;
            this.hlog = hlog;
            this.binding = binding;
        }

        /** Runs {@code rate}; a failing run runs once more before it counts. */
        Tried step(double rate) {
            RunPlan plan = request.plan().atRate(rate);
            RunResult run = null;
            Judgement j = null;
            for (int attempt = 0; attempt < CONFIRMING_RUNS && (j == null || j.verdict() != Verdict.PASS) && !control.stopped(); attempt++) {
                String label = String.format(Locale.ROOT, "at %.1f/s%s", rate, attempt == 0 ? "" : " (again)");
                run = LoadGenerator.run(binding, request.dataset(), plan, control, progress.apply(label), hlog);
                if (run.aborted().isPresent()) return new Tried(rate, plan, run, Judgement.of(plan, run, request.budget()));
                capacityOf(run).ifPresent(capacities::add);
                Judgement now = atTheEdge(Judgement.of(plan, run, request.budget()), run);
                j = j != null && now.verdict() == Verdict.PASS ? new Judgement(Verdict.PASS, now.reason() + " when run again (the first run: " + j.reason() + ")") : now;
            }
            Tried t = new Tried(rate, plan, run, j);
            tried.add(t);
            return t;
        }

        /** {@value #CAPACITY_SHARE} of the mean capacity the busy steps measured, if any did. */
        OptionalDouble centred() { return MaxRateSearch.centred(capacities); }

        /** The lowest rate that failed with its connections saturated in every run of it, ops/s; infinite when none did. */
        double lowestSaturatedFailure() {
            return tried.stream().filter(t -> !t.passed() && t.run().connectionsBusy() >= EDGE_BUSY).mapToDouble(Tried::rate).min()
                    .orElse(Double.POSITIVE_INFINITY);
        }

        /** The passing step with the lowest rate at or above {@code rate}: the run shown for the answer. */
        Optional<Tried> nearestPassAtOrAbove(double rate) {
            return tried.stream().filter(t -> t.passed() && t.rate() >= rate).min(Comparator.comparingDouble(Tried::rate));
        }

        Tried last() { return tried.get(tried.size() - 1); }
    }

    /** A step that passed with its connections {@value #EDGE_BUSY} busy or more does not count as a pass. */
    static Judgement atTheEdge(Judgement j, RunResult run) {
        if (j.verdict() != Verdict.PASS || run.connectionsBusy() < EDGE_BUSY) return j;
        return new Judgement(Verdict.FAIL, String.format(Locale.ROOT, "%s, but its connections were busy %.0f%% of the time: at the edge of"
                + " saturation", j.reason(), run.connectionsBusy() * 100));
    }

    /**
     * The rate one run's connections would carry fully busy.
     *
     * @param opsPerSec the capacity, ops/s, above 0
     * @param saturated whether the run's connections were {@value #EDGE_BUSY} busy or more (it measured the capacity
     *                  itself rather than extrapolating it from a part-busy run)
     */
    record Capacity(double opsPerSec, boolean saturated) {
        Capacity {
            if (!(opsPerSec > 0)) throw new IllegalArgumentException("a capacity must be above 0 ops/s, was " + opsPerSec);
        }
    }

    /**
     * {@value #CAPACITY_SHARE} of the mean of the capacities measured, ops/s, the saturated runs' alone when there are
     * any; empty when none was measured.
     */
    static OptionalDouble centred(List<Capacity> capacities) {
        List<Capacity> used = capacities.stream().anyMatch(Capacity::saturated) ? capacities.stream().filter(Capacity::saturated).toList() : capacities;
        return used.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(CAPACITY_SHARE * used.stream().mapToDouble(Capacity::opsPerSec).average().orElseThrow());
    }

    /** The rate the connections would carry fully busy, from a run busy enough to tell, without errors. */
    static Optional<Capacity> capacityOf(RunResult run) {
        if (run.errors() > 0 || run.connectionsBusy() < MEASURING_BUSY || run.achievedOpsPerSec() <= 0) return Optional.empty();
        return Optional.of(new Capacity(run.achievedOpsPerSec() / run.connectionsBusy(), run.connectionsBusy() >= EDGE_BUSY));
    }

    /** @param bounded why the answer lies under the highest rate that passed, or "" when it does not */
    private static BenchResult result(BenchRequest request, LoadReport load, RunPlan plan, RunResult run, Walk walk, double max, String bounded,
                                      double asked) {
        double budget = request.budget().getAsDouble();
        List<RateSearch.Step> steps = walk.tried.stream().map(Tried::step).toList();
        Judgement judgement = run.aborted().isPresent() ? Judgement.of(plan, run, request.budget())
                : max >= asked * Judgement.HELD_SHARE
                ? new Judgement(Verdict.PASS, String.format(Locale.ROOT, "highest rate within the %.1f ms budget: %.1f ops/s%s (needed %.1f) after %d steps",
                        budget, max, bounded, asked, steps.size()))
                : new Judgement(Verdict.FAIL, max == 0
                        ? String.format(Locale.ROOT, "no rate down to %.1f ops/s stayed within the %.1f ms budget", RateSearchPlan.FLOOR, budget)
                        : String.format(Locale.ROOT, "highest rate within the %.1f ms budget: %.1f ops/s%s, under the %.1f needed, after %d steps",
                                budget, max, bounded, asked, steps.size()));
        return new BenchResult(BenchRunner.engineOf(request), request.workload(), request.dataset().shape().id(), plan, load, run, request.budget(), judgement)
                .withSearch(Optional.of(new RateSearch(max, List.copyOf(steps))));
    }
}
