package dev.polyglot.bench.load;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How to drive one run.
 *
 * @param rate        target operations per second over all connections (open loop); empty for closed loop ({@code --rate max})
 * @param duration    measured time after warm-up, 100 ms to 24 h
 * @param warmup      time before measuring, whole seconds 0 to 1 h (per-second intervals inside it are dropped)
 * @param connections connections, one worker thread each, 1 to 1024
 * @param readRatio   share of operations that read, 0..1
 * @param arrival     spacing of intended start times (open loop only)
 * @param keys        popularity of records
 * @param seed        seeds every worker's random source, so runs repeat
 * @param spacedOperations 0 for a normal run; N above 0 for a low rate (one connection, open loop): each operation
 *                    starts at its scheduled time or when the one before it ended, whichever is later, so none waits
 *                    behind another, and the run goes on past {@code duration} until N measured operations completed
 */
public record RunPlan(OptionalDouble rate, Duration duration, Duration warmup, int connections, double readRatio,
                      Arrival arrival, KeyDistribution keys, long seed, int spacedOperations) {
    /** Connections a bench opens unless told otherwise (one thread each). */
    public static final int DEFAULT_CONNECTIONS = 8;

    /** A normal (not spaced) run. */
    public RunPlan(OptionalDouble rate, Duration duration, Duration warmup, int connections, double readRatio,
                   Arrival arrival, KeyDistribution keys, long seed) {
        this(rate, duration, warmup, connections, readRatio, arrival, keys, seed, 0);
    }

    public RunPlan {
        Objects.requireNonNull(rate, "rate");
        rate.ifPresent(r -> { if (!(r > 0) || r > 10_000_000) throw new IllegalArgumentException("rate must be above 0 and at most 10,000,000 ops/s, was " + r); });
        if (duration.toMillis() < 100 || duration.compareTo(Duration.ofHours(24)) > 0) throw new IllegalArgumentException("duration must be 100ms to 24h, was " + duration);
        if (warmup.isNegative() || warmup.compareTo(Duration.ofHours(1)) > 0) throw new IllegalArgumentException("warm-up must be 0s to 1h, was " + warmup);
        if (connections < 1 || connections > 1024) throw new IllegalArgumentException("connections must be 1 to 1024, was " + connections);
        if (!(readRatio >= 0 && readRatio <= 1)) throw new IllegalArgumentException("read ratio must be 0..1, was " + readRatio);
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(keys, "keys");
        if (spacedOperations < 0 || spacedOperations > 10_000) throw new IllegalArgumentException("spaced operations must be 0 to 10,000, was " + spacedOperations);
        if (spacedOperations > 0 && (rate.isEmpty() || connections != 1)) throw new IllegalArgumentException("a spaced run is open loop on one connection");
    }

    /**
     * Ops/s the schedule runs at: the target rate, or for a spaced run fast enough to fit {@code spacedOperations}
     * into the measured time (the target itself is too slow for that).
     */
    public double scheduleRate() {
        double r = rate.orElseThrow(() -> new IllegalStateException("a closed-loop run has no schedule"));
        return spaced() ? Math.max(r, spacedOperations / (duration.toMillis() / 1000.0)) : r;
    }

    /** True for a low-rate run whose operations are spaced so they never queue (see {@code spacedOperations}). */
    public boolean spaced() { return spacedOperations > 0; }

    /** The same plan at another target rate (open loop), e.g. one step of a search for the highest rate. */
    public RunPlan atRate(double opsPerSec) {
        return new RunPlan(OptionalDouble.of(opsPerSec), duration, warmup, connections, readRatio, arrival, keys, seed, spacedOperations);
    }

    public boolean openLoop() { return rate.isPresent(); }

    /** Whole warm-up seconds: intervals are one second long and dropped whole. */
    public long warmupSeconds() { return (warmup.toMillis() + 999) / 1000; }
}
