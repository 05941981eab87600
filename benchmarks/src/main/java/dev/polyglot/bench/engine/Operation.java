package dev.polyglot.bench.engine;

/**
 * One worker's way to run operations of one shape on its own connection. Not thread-safe: one per worker.
 * Implementations do no timing (the load generator times around {@link #execute}) and reuse their buffers.
 */
public interface Operation extends AutoCloseable {
    /**
     * Runs one operation.
     *
     * @param kind read or write
     * @param key  the record the operation targets, 0 (inclusive) to the data set's record count (exclusive)
     * @return what it came to; never throws for engine failures
     */
    Outcome execute(OpKind kind, long key);

    /** Closes the connection; never throws. */
    @Override void close();
}
