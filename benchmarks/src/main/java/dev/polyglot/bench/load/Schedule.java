package dev.polyglot.bench.load;

import java.util.SplittableRandom;

/**
 * One worker's intended start times: its share of the target rate, independent of when operations finish
 * (open loop). With N workers each runs at rate/N, phase-shifted so their uniform ticks interleave.
 */
public final class Schedule {
    private final long startNanos;
    private final double intervalNanos;
    private final Arrival arrival;
    private final SplittableRandom random;
    private long index;
    private double poissonOffset;

    /**
     * @param startNanos   {@link System#nanoTime()} of the run's start
     * @param opsPerSecond this worker's rate, above 0
     * @param phase        0..1: where in the first interval this worker's first tick falls
     */
    public Schedule(long startNanos, double opsPerSecond, double phase, Arrival arrival, SplittableRandom random) {
        if (!(opsPerSecond > 0) || Double.isInfinite(opsPerSecond)) throw new IllegalArgumentException("rate must be above 0, was " + opsPerSecond);
        if (!(phase >= 0 && phase <= 1)) throw new IllegalArgumentException("phase must be 0..1, was " + phase);
        this.startNanos = startNanos;
        this.intervalNanos = 1e9 / opsPerSecond;
        this.arrival = arrival;
        this.random = random;
        this.poissonOffset = phase * intervalNanos;
    }

    /** The next intended start time ({@link System#nanoTime()} scale). */
    public long next() {
        return switch (arrival) {
            // Multiplying (not accumulating) keeps a long uniform run free of rounding drift.
            case UNIFORM -> startNanos + (long) (poissonOffset + intervalNanos * index++);
            case POISSON -> {
                long t = startNanos + (long) poissonOffset;
                poissonOffset += -Math.log(1 - random.nextDouble()) * intervalNanos;
                yield t;
            }
        };
    }
}
