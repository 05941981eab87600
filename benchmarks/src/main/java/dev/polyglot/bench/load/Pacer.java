package dev.polyglot.bench.load;

import java.util.concurrent.locks.LockSupport;

/**
 * Waits until a {@link System#nanoTime()} deadline: parks while far away (the OS wakes a parked thread some tens of
 * microseconds late), then spins for the last {@value #SPIN_NANOS} ns so the operation starts on time.
 */
public final class Pacer {
    private Pacer() {}

    /** Spin window in nanoseconds: above Linux's usual park overshoot (~50-60 us), small enough to cost little CPU. */
    public static final long SPIN_NANOS = 80_000;

    /** Returns at or just after {@code deadline}; at once when it has passed. */
    public static void awaitNanos(long deadline) {
        for (;;) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) return;
            if (remaining > SPIN_NANOS) LockSupport.parkNanos(remaining - SPIN_NANOS);
            else Thread.onSpinWait();
        }
    }
}
