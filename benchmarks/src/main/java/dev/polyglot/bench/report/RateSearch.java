package dev.polyglot.bench.report;

import java.util.List;
import java.util.Objects;

/**
 * What {@code --find-max} found: the highest open-loop rate whose run passed its budget, and every step tried.
 *
 * @param maxWithinBudget the highest target rate whose step passed, ops/s, bounded by a share of the capacity the steps
 *                        measured (so a run at it has room); 0 when none passed
 * @param steps           the runs in the order they ran
 */
public record RateSearch(double maxWithinBudget, List<Step> steps) {
    public RateSearch {
        steps = List.copyOf(steps);
        if (!(maxWithinBudget >= 0)) throw new IllegalArgumentException("max rate must be 0 or more, was " + maxWithinBudget);
    }

    /**
     * One short run at a fixed rate.
     *
     * @param target   ops/s asked (open loop)
     * @param achieved ops/s completed
     * @param p99Ms    p99 from the intended start, ms
     * @param busy     share of the run's time its connections were busy, 0 to 1 (near 1: the engine was saturated)
     * @param verdict  its judgement against the budget (errors and rates not held count as failures)
     * @param reason   why
     */
    public record Step(double target, double achieved, double p99Ms, double busy, Verdict verdict, String reason) {
        public Step {
            if (!(busy >= 0 && busy <= 1)) throw new IllegalArgumentException("busy share must be 0 to 1, was " + busy);
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
