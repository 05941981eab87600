package dev.polyglot.bench.engine;

/**
 * One engine behind the bench, in the manner of a YCSB binding: it owns a namespace in the engine (a schema,
 * a key prefix, a database) and never touches anything outside it. It does no timing.
 */
public interface EngineBinding extends AutoCloseable {
    Engine engine();

    /** Loads the data set, or reuses a matching one left by {@code --keep}. */
    LoadReport load(DatasetSpec spec);

    /** A new connection ready to run operations of the spec's shape; one per worker. */
    Operation prepare(DatasetSpec spec);

    /** Removes the bench's namespace and everything in it, and nothing else. */
    void cleanup();

    @Override void close();
}
