package dev.polyglot.bench.load;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.util.SplittableRandom;

/**
 * One connection's loop. Open loop: wait for the next intended start, run, record response time from the
 * intended start (so a stall shows), service time from the actual start, and the lag between the two.
 * Closed loop: the next operation starts when the last one ends; lag is 0.
 */
final class Worker implements Runnable {
    /** How long past the end a lagging open-loop worker may keep catching up before it gives up, in nanoseconds. */
    static final long CATCH_UP_GRACE_NANOS = 2_000_000_000L;

    private final Operation operation;
    private final Schedule schedule;  // null: closed loop
    private final KeyChooser keys;
    private final SplittableRandom random;
    private final double readRatio;
    private final long endNanos;
    private final Recorders recorders;
    private final RunControl control;
    /** Spaced (low-rate) runs: measured operations to complete before stopping, and when measuring starts. */
    private final int spacedOperations;
    private final long measureFromNanos;
    /** When the last operation started, {@link System#nanoTime()}; read only after the thread ends (join orders it). */
    long lastStartNanos;
    /** Nanoseconds spent inside operations (waiting on the engine); read only after the thread ends. */
    long busyNanos;

    Worker(Operation operation, Schedule schedule, KeyChooser keys, SplittableRandom random, double readRatio,
           long endNanos, Recorders recorders, RunControl control) {
        this(operation, schedule, keys, random, readRatio, endNanos, recorders, control, 0, endNanos);
    }

    /**
     * @param spacedOperations 0, or for a spaced run the measured operations to complete (the run outlasts {@code endNanos} until then)
     * @param measureFromNanos when the measured part starts (the end of the warm-up)
     */
    Worker(Operation operation, Schedule schedule, KeyChooser keys, SplittableRandom random, double readRatio,
           long endNanos, Recorders recorders, RunControl control, int spacedOperations, long measureFromNanos) {
        this.spacedOperations = spacedOperations;
        this.measureFromNanos = measureFromNanos;
        this.operation = operation;
        this.schedule = schedule;
        this.keys = keys;
        this.random = random;
        this.readRatio = readRatio;
        this.endNanos = endNanos;
        this.recorders = recorders;
        this.control = control;
    }

    @Override public void run() {
        long measured = 0;
        try {
            while (!control.stopped()) {
                long intended;
                if (spacedOperations > 0) {
                    // Never behind the one before: an operation starts on schedule or when the last one ended.
                    intended = Math.max(schedule.next(), System.nanoTime());
                    if (intended >= endNanos && measured >= spacedOperations) break;
                    Pacer.awaitNanos(intended);
                } else if (schedule != null) {
                    intended = schedule.next();
                    if (intended >= endNanos || System.nanoTime() - endNanos > CATCH_UP_GRACE_NANOS) break;
                    Pacer.awaitNanos(intended);
                } else {
                    intended = System.nanoTime();
                    if (intended >= endNanos) break;
                }
                OpKind kind = random.nextDouble() < readRatio ? OpKind.READ : OpKind.WRITE;
                long key = keys.next(random);
                long start = System.nanoTime();
                lastStartNanos = start;
                Outcome outcome = operation.execute(kind, key);
                long done = System.nanoTime();
                busyNanos += done - start;
                if (start >= measureFromNanos) measured++;
                recorders.record(kind, done - intended, done - start, start - intended, outcome);
                if (outcome == Outcome.CONNECTION_LOST) {
                    control.abort("the connection to the engine was lost");
                    break;
                }
            }
        } catch (RuntimeException e) {
            control.abort("a worker failed: " + e);
        } finally {
            operation.close();
        }
    }
}
