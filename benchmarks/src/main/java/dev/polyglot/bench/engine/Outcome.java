package dev.polyglot.bench.engine;

/**
 * What one operation came to. A value, not an exception: the hot path counts errors by kind without
 * unwinding, and a lost connection is the one kind that stops a run.
 */
public enum Outcome {
    /** The engine answered as expected. */
    OK,
    /** No answer within the call's timeout. */
    TIMEOUT,
    /** The connection broke or was refused: the engine died or was cut off. Stops the run. */
    CONNECTION_LOST,
    /** The engine answered with an error (constraint, syntax, resource). */
    SERVER_ERROR;

    /** The lower-case spelling used in reports, e.g. {@code connection-lost}. */
    public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
