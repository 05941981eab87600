package dev.polyglot.bench.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@code advise} predicted for a workload on the engine it was benched on, at the rate and size actually run,
 * from the same catalog: reported beside the measurement so the two meet.
 *
 * @param p99Ms             estimated p99 on one node at the target rate, ms; infinite when the rate reaches the capacity
 * @param capacityOpsPerSec ops/s the model says one node sustains for this workload
 * @param catalog           {@code built-in}, or the {@code --catalog} file it came from
 * @param figure            the catalog figure that weighs most in the estimate ({@code ENGINE shapes.SHAPE.KEY})
 * @param reading           the model's reading of one operation (figures and rows it counts)
 * @param operation         what the bench ran for it (statement and data size)
 * @param stopsFittingAt    ops/s at which advise says the route stops fitting (its growth trigger), if it does
 */
public record AdvisorEstimate(double p99Ms, double capacityOpsPerSec, String catalog, String figure, String reading,
                              String operation, OptionalDouble stopsFittingAt) {
    /** Ratios of measured to estimated p99 outside [1/{@value #OFF_BY}, {@value #OFF_BY}] are called out. */
    public static final double OFF_BY = 2;

    public AdvisorEstimate {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(operation, "operation");
        if (!(p99Ms > 0)) throw new IllegalArgumentException("estimated p99 must be above 0 ms, was " + p99Ms);
        if (!(capacityOpsPerSec > 0)) throw new IllegalArgumentException("estimated capacity must be above 0 ops/s, was " + capacityOpsPerSec);
    }

    /** Measured p99 over this estimate; empty when the estimate is infinite (the model says the rate cannot be held). */
    public OptionalDouble ratio(double measuredP99Ms) {
        return Double.isInfinite(p99Ms) ? OptionalDouble.empty() : OptionalDouble.of(measuredP99Ms / p99Ms);
    }

    /**
     * True when the measurement is more than {@value #OFF_BY} times off the estimate either way, judged on the ratio as
     * reported (two decimals), so a ratio shown as 2.00x is never called out as outside 0.5-2x.
     */
    public boolean off(double measuredP99Ms) {
        OptionalDouble r = ratio(measuredP99Ms);
        if (r.isEmpty()) return false;
        double shown = Math.round(r.getAsDouble() * 100) / 100.0;
        return shown > OFF_BY || shown < 1 / OFF_BY;
    }
}
