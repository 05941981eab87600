package dev.polyglot.bench.engine;

/**
 * An exclusive claim on the bench's namespace in one engine, taken before a run touches the namespace and released
 * when it ends, so two runs against one engine never load, run on or drop each other's data. A claim left by a run
 * that died goes away by itself (how depends on the engine), so it never blocks forever. Claims only ever touch
 * objects inside the bench namespace.
 */
public interface NamespaceClaim extends AutoCloseable {
    /** No claim: for a run with no second engine. */
    NamespaceClaim NONE = () -> { };

    /** Gives the claim up if it is still this run's; never throws (a claim that cannot be released lapses). */
    @Override void close();
}
