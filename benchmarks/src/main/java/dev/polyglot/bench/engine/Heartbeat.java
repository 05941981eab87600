package dev.polyglot.bench.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run every period on a daemon thread (so a JVM that is exiting never waits for it), until {@link #stop()}:
 * what keeps a {@link NamespaceClaim} alive in engines where a claim lapses.
 */
public final class Heartbeat {
    private final ScheduledExecutorService thread;

    private Heartbeat(ScheduledExecutorService thread) { this.thread = thread; }

    /**
     * @param periodMs milliseconds between the end of one beat and the start of the next, at least 1; the first beat
     *                 is one period after the start
     */
    public static Heartbeat start(String name, long periodMs, Runnable beat) {
        if (periodMs < 1) throw new IllegalArgumentException("period must be at least 1 ms, was " + periodMs);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(beat, periodMs, periodMs, TimeUnit.MILLISECONDS);
        return new Heartbeat(thread);
    }

    /** Stops beating and waits up to 5 s for a beat under way, so that what it used is the caller's again. */
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
