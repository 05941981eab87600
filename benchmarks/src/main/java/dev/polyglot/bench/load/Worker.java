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
    /** When the last operation started, {@link System#nanoTime()}; read only after the thread ends (join orders it). */
    long lastStartNanos;

    Worker(Operation operation, Schedule schedule, KeyChooser keys, SplittableRandom random, double readRatio,
           long endNanos, Recorders recorders, RunControl control) {
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
        try {
            while (!control.stopped()) {
                long intended;
                if (schedule != null) {
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
