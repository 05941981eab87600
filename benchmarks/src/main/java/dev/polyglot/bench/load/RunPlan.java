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
 */
public record RunPlan(OptionalDouble rate, Duration duration, Duration warmup, int connections, double readRatio,
                      Arrival arrival, KeyDistribution keys, long seed) {
    public RunPlan {
        Objects.requireNonNull(rate, "rate");
        rate.ifPresent(r -> { if (!(r > 0) || r > 10_000_000) throw new IllegalArgumentException("rate must be above 0 and at most 10,000,000 ops/s, was " + r); });
        if (duration.toMillis() < 100 || duration.compareTo(Duration.ofHours(24)) > 0) throw new IllegalArgumentException("duration must be 100ms to 24h, was " + duration);
        if (warmup.isNegative() || warmup.compareTo(Duration.ofHours(1)) > 0) throw new IllegalArgumentException("warm-up must be 0s to 1h, was " + warmup);
        if (connections < 1 || connections > 1024) throw new IllegalArgumentException("connections must be 1 to 1024, was " + connections);
        if (!(readRatio >= 0 && readRatio <= 1)) throw new IllegalArgumentException("read ratio must be 0..1, was " + readRatio);
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(keys, "keys");
    }

    public boolean openLoop() { return rate.isPresent(); }

    /** Whole warm-up seconds: intervals are one second long and dropped whole. */
    public long warmupSeconds() { return (warmup.toMillis() + 999) / 1000; }
}
