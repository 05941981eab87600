package dev.polyglot.bench.report;

import dev.polyglot.bench.load.IntervalSample;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A verdict with its reason. The order of the rules matters:
 * <ol>
 * <li>errors fail the run (an error is a missed operation, whatever its latency);</li>
 * <li>service time over the budget fails it: the engine is too slow even without queueing;</li>
 * <li>a rate not held (achieved under {@value #HELD_SHARE} of target, or a schedule lag still growing at the end:
 *     {@link #lagStillGrowing})
 *     fails when the client sat waiting on the engine (connections busy at least {@value #SATURATED_BUSY} of the
 *     time, client CPU under {@value #CLIENT_BOUND_CPU} of its cores): the engine is saturated, and the reason names
 *     the rate it sustained. Otherwise it is inconclusive, never pass: the client could not keep up by itself;</li>
 * <li>response time (from the intended start) over the budget fails;</li>
 * <li>otherwise pass.</li>
 * </ol>
 */
public record Judgement(Verdict verdict, String reason) {
    /** The share of the target rate a run must achieve to count as having held it. */
    public static final double HELD_SHARE = 0.95;
    /** Median schedule lag in the last measured second, in ms, above which the client is falling behind. */
    static final double FALLING_BEHIND_LAG_MS = 100;
    /** Share of connection-time inside operations above which every connection was waiting on the engine. */
    public static final double SATURATED_BUSY = 0.85;
    /** Client CPU (share of all cores) at or above which the client may itself be what held the rate back. */
    static final double CLIENT_BOUND_CPU = 0.8;

    public static Judgement of(RunPlan plan, RunResult result, OptionalDouble p99BudgetMs) {
        if (result.aborted().isPresent()) return new Judgement(Verdict.INCONCLUSIVE, "stopped early: " + result.aborted().get());
        if (result.operations() == 0) return new Judgement(Verdict.INCONCLUSIVE, "no operation completed in the measured time");
        if (result.errors() > 0) return new Judgement(Verdict.FAIL, result.errors() + " operations failed " + result.errorsByKind());
        LatencySummary service = LatencySummary.ofNanos(result.service());
        LatencySummary response = LatencySummary.ofNanos(result.response());
        if (p99BudgetMs.isPresent() && service.p99() > p99BudgetMs.getAsDouble()) {
            return new Judgement(Verdict.FAIL, fmt("service time p99 %.2f ms is over the %.1f ms budget", service.p99(), p99BudgetMs.getAsDouble()));
        }
        if (!rateHeld(plan, result)) {
            double target = plan.rate().getAsDouble();
            double achieved = result.achievedOpsPerSec();
            if (result.connectionsBusy() >= SATURATED_BUSY && result.clientCpu() < CLIENT_BOUND_CPU) {
                return new Judgement(Verdict.FAIL, fmt("saturated: the engine sustained %.1f of the %.1f ops/s asked; its %d connections were"
                        + " busy %.0f%% of the time waiting on it while the client used %.0f%% CPU", achieved, target, plan.connections(),
                        result.connectionsBusy() * 100, result.clientCpu() * 100));
            }
            return new Judgement(Verdict.INCONCLUSIVE, fmt("the client did not hold the rate: %.1f of %.1f ops/s, schedule lag p99 %.1f ms, "
                    + "client CPU %.0f%%; try more --connections or a lower --rate",
                    achieved, target, LatencySummary.ofNanos(result.lag()).p99(), result.clientCpu() * 100));
        }
        if (p99BudgetMs.isPresent() && response.p99() > p99BudgetMs.getAsDouble()) {
            return new Judgement(Verdict.FAIL, fmt("p99 %.2f ms is over the %.1f ms budget", response.p99(), p99BudgetMs.getAsDouble())
                    + (plan.spaced() ? fmt(" (%d operations spaced so they do not queue: the rate is too low to see %d in the measured time)",
                    result.operations(), plan.spacedOperations()) : ""));
        }
        String spaced = plan.spaced() ? fmt("; the rate is too low to see %d operations in the measured time, so %d ran spaced so they do not"
                + " queue", plan.spacedOperations(), result.operations()) : "";
        return new Judgement(Verdict.PASS, (p99BudgetMs.isPresent()
                ? fmt("p99 %.2f ms within the %.1f ms budget", response.p99(), p99BudgetMs.getAsDouble())
                : plan.rate().isPresent() ? "rate held without errors" : "no errors") + spaced);
    }

    /**
     * Whether an open-loop run held its rate: {@value #HELD_SHARE} of the target achieved and no schedule lag still
     * growing at the end. A closed-loop run, or one spaced so its operations do not queue, has no rate to hold.
     */
    public static boolean rateHeld(RunPlan plan, RunResult result) {
        if (plan.rate().isEmpty() || plan.spaced()) return true;
        return result.achievedOpsPerSec() >= HELD_SHARE * plan.rate().getAsDouble() && !lagStillGrowing(result.series());
    }

    /**
     * The client is falling behind when the median schedule lag of the last measured interval is over
     * {@value #FALLING_BEHIND_LAG_MS} ms and the two intervals before it already held a third and a sixth of it or
     * more (a queue growing steadily from zero over three seconds has 3/5 and 1/5): a queue that stood or grew through
     * the end, as at the engine's capacity, where it wanders up and down. A stall near the end (one slow operation, a
     * pause of the machine) leaves the seconds before it unlagged; it shows in the p99, which the budget judges, not as
     * a rate not held. With fewer intervals to compare, the last one's lag decides alone.
     */
    static boolean lagStillGrowing(List<IntervalSample> series) {
        List<Double> lags = series.stream().filter(s -> !s.warmup() && s.ops() > 0).map(IntervalSample::lagP50Ms).toList();
        if (lags.isEmpty()) return false;
        double last = lags.get(lags.size() - 1);
        if (last <= FALLING_BEHIND_LAG_MS || lags.size() < 3) return last > FALLING_BEHIND_LAG_MS;
        double before = lags.get(lags.size() - 2), earlier = lags.get(lags.size() - 3);
        return before >= last / 3 && earlier >= last / 6;
    }

    private static String fmt(String format, Object... args) { return String.format(Locale.ROOT, format, args); }
}
