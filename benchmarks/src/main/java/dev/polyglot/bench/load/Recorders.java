package dev.polyglot.bench.load;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Outcome;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Recorder;

/**
 * The shared, wait-free recording side of a run: response time per operation kind (from the intended start),
 * service time (from the actual start) and schedule lag, in nanoseconds, plus error counts by outcome.
 * Recording takes no lock and allocates nothing (HdrHistogram's Recorder is a writer-reader phaser).
 */
public final class Recorders {
    /** Values above one hour are clamped: they are failures whatever their exact length. */
    static final long HIGHEST_NANOS = 3_600_000_000_000L;
    static final int DIGITS = 3;

    final Recorder[] response = new Recorder[OpKind.values().length];
    final Recorder service = new Recorder(HIGHEST_NANOS, DIGITS);
    final Recorder lag = new Recorder(HIGHEST_NANOS, DIGITS);
    final AtomicLongArray outcomes = new AtomicLongArray(Outcome.values().length);

    public Recorders() {
        for (int i = 0; i < response.length; i++) response[i] = new Recorder(HIGHEST_NANOS, DIGITS);
    }

    /** Records one operation; response = service + lag, each recorded once. */
    public void record(OpKind kind, long responseNanos, long serviceNanos, long lagNanos, Outcome outcome) {
        response[kind.ordinal()].recordValue(clamp(responseNanos));
        service.recordValue(clamp(serviceNanos));
        lag.recordValue(clamp(lagNanos));
        if (outcome != Outcome.OK) outcomes.incrementAndGet(outcome.ordinal());
    }

    private static long clamp(long nanos) { return nanos < 0 ? 0 : Math.min(nanos, HIGHEST_NANOS); }
}
