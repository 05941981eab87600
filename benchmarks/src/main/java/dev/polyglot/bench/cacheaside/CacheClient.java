package dev.polyglot.bench.cacheaside;

import dev.polyglot.bench.engine.Outcome;
import java.util.Objects;

/**
 * One worker's connection to the cache of a cache-aside pair, keyed by the data set's record number. Not thread-safe.
 * Every call has the client's own timeout; a failure is thrown as {@link Failure} carrying what it came to.
 */
public interface CacheClient extends AutoCloseable {
    /** True when the cache holds record {@code key}. */
    boolean contains(long key);

    /** Caches record {@code key}'s bytes with the cache's expiry. */
    void put(long key, byte[] value);

    /** Removes record {@code key} from the cache (after a write to the source). */
    void evict(long key);

    /** Closes the connection; never throws. */
    @Override void close();

    /** A cache call that failed, as the outcome the load generator counts. */
    final class Failure extends RuntimeException {
        private final transient Outcome outcome;

        public Failure(Outcome outcome, Throwable cause) {
            super(Objects.requireNonNull(outcome, "outcome").toString(), cause);
            if (outcome == Outcome.OK) throw new IllegalArgumentException("a failure is not OK");
            this.outcome = outcome;
        }

        public Outcome outcome() { return outcome; }
    }
}
