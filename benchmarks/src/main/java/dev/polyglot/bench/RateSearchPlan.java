package dev.polyglot.bench;

import java.util.OptionalDouble;

/**
 * How {@code --find-max} walks the rates: from {@code start}, steps multiplied by {@link #RISE} while they pass (or
 * divided while the first ones fail), then a bisection between the last rate that passed and the first that failed
 * until they are within {@link #RESOLUTION} of each other. So the answer is a rate that passed, and 1.3 times it lies
 * above a rate that failed. (A step passes on its verdict with its connections not at the edge of saturation:
 * {@link MaxRateSearch}.)
 */
public final class RateSearchPlan {
    /** Factor between rising steps. */
    public static final double RISE = 2;
    /**
     * The bisection stops when the failing rate is within this factor of the passing one (below 1.3). Steps at the edge
     * of saturation count as failures, so the answer sits at 0.90-0.95 of the engine's capacity; 5% (not 10%) keeps 1.3
     * times it well above the capacity itself, where a fixed-rate run fails, however the bisection lands.
     */
    public static final double RESOLUTION = 1.05;
    /** No search goes below this rate, ops/s: a workload failing there fails at any rate. */
    public static final double FLOOR = 0.5;
    /** Nor above this (the bench's highest rate). */
    public static final double CEILING = 10_000_000;
    /** At most this many steps in all. */
    public static final int MAX_STEPS = 24;

    private double passed;   // highest rate that passed, 0 for none yet
    private double failed;   // lowest rate that failed, infinite for none yet
    private double next;
    private int steps;

    /** @param start the first rate to try, ops/s, above 0 */
    public RateSearchPlan(double start) {
        if (!(start > 0)) throw new IllegalArgumentException("the first rate must be above 0, was " + start);
        this.next = Math.min(CEILING, Math.max(FLOOR, start));
        this.failed = Double.POSITIVE_INFINITY;
    }

    /** The next rate to run, or empty when the search is over. */
    public OptionalDouble next() {
        if (steps >= MAX_STEPS || Double.isNaN(next)) return OptionalDouble.empty();
        return OptionalDouble.of(next);
    }

    /** Records the step at {@code rate} and chooses the next one. */
    public void record(double rate, boolean pass) {
        steps++;
        if (pass) passed = Math.max(passed, rate); else failed = Math.min(failed, rate);
        if (Double.isInfinite(failed)) {
            next = rate * RISE > CEILING ? Double.NaN : rate * RISE;
        } else if (passed == 0) {
            next = rate / RISE < FLOOR ? Double.NaN : rate / RISE;
        } else {
            next = failed / passed <= RESOLUTION ? Double.NaN : Math.sqrt(passed * failed);
        }
    }

    /** The highest rate that passed, 0 when none did. */
    public double maxWithinBudget() { return passed; }
}
