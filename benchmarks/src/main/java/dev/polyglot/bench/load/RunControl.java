package dev.polyglot.bench.load;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Stops a run early from any thread: a lost connection, Ctrl-C. The first reason wins. */
public final class RunControl {
    private final AtomicReference<String> abortReason = new AtomicReference<>();
    private volatile boolean stopped;

    /** Stops the run and marks it aborted with {@code reason}. */
    public void abort(String reason) {
        abortReason.compareAndSet(null, reason);
        stopped = true;
    }

    public boolean stopped() { return stopped; }

    public Optional<String> abortReason() { return Optional.ofNullable(abortReason.get()); }
}
