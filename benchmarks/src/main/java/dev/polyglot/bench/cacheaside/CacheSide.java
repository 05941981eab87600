package dev.polyglot.bench.cacheaside;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;

/** The cache engine's part of a cache-aside pair: its namespace for cached rows, cold at the start of every run. */
public interface CacheSide extends AutoCloseable {
    Engine engine();

    /** Empties the cache's entries for {@code spec}'s records: the hit ratio of a cold start is part of what is measured. */
    void makeCold(DatasetSpec spec);

    /** A new connection for one worker. */
    CacheClient connect();

    /** Removes the bench's namespace in the cache (cached rows included), and nothing else. */
    void cleanup();

    @Override void close();
}
