package dev.polyglot.bench.cacheaside;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.Shape;
import java.util.function.Supplier;

/**
 * A cache in front of PostgreSQL (cache-aside), for point lookups: the rows live in Postgres (schema
 * {@value PostgresBinding#SCHEMA}); the cache starts cold. A read asks the cache, and on a miss reads the row from
 * Postgres and caches it; a write updates the row in Postgres, then evicts the cache entry. The same for every cache
 * engine: only its {@link CacheSide} differs.
 */
public final class CacheAsideBinding implements EngineBinding {
    private final CacheSide cache;
    private final PostgresBinding postgres;

    private CacheAsideBinding(CacheSide cache, PostgresBinding postgres) {
        this.cache = cache;
        this.postgres = postgres;
    }

    /** Opens the cache (closed again if Postgres cannot be reached) and the Postgres at {@code source}. */
    public static CacheAsideBinding open(Supplier<CacheSide> cacheOpener, Endpoint source) {
        CacheSide cache = cacheOpener.get();
        try {
            return new CacheAsideBinding(cache, PostgresBinding.open(source));
        } catch (RuntimeException e) {
            cache.close();
            throw e;
        }
    }

    @Override public Engine engine() { return cache.engine(); }

    @Override public LoadReport load(DatasetSpec spec) {
        if (spec.shape() != Shape.POINT_LOOKUP) throw new IllegalArgumentException("cache-aside runs point-lookup only, not " + spec.shape());
        cache.makeCold(spec);
        return postgres.load(spec);
    }

    @Override public Operation prepare(DatasetSpec spec) {
        Operation source = postgres.prepare(spec);
        try {
            return new CacheAsideOperation(cache.connect(), source);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override public void cleanup() {
        RuntimeException first = null;
        try { cache.cleanup(); } catch (RuntimeException e) { first = e; }
        try { postgres.cleanup(); } catch (RuntimeException e) { if (first == null) first = e; }
        if (first != null) throw first;
    }

    @Override public void close() {
        cache.close();
        postgres.close();
    }
}
