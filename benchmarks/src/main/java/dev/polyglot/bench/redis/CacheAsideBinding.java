package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.Shape;

/**
 * Redis as a cache in front of PostgreSQL (cache-aside), for point lookups: the rows live in Postgres (schema
 * {@value PostgresBinding#SCHEMA}); the cache starts cold under {@value #CACHE_PREFIX}. A read tries GET, and on a
 * miss reads the row from Postgres and SETEXes it; a write updates the row in Postgres, then DELetes the cache entry.
 */
public final class CacheAsideBinding implements EngineBinding {
    static final String CACHE_PREFIX = RedisBinding.PREFIX + "cache:";

    private final RedisBinding redis;
    private final PostgresBinding postgres;
    private final Endpoint redisEndpoint;

    private CacheAsideBinding(RedisBinding redis, PostgresBinding postgres, Endpoint redisEndpoint) {
        this.redis = redis;
        this.postgres = postgres;
        this.redisEndpoint = redisEndpoint;
    }

    public static CacheAsideBinding open(Endpoint redisEndpoint, Endpoint postgresEndpoint) {
        RedisBinding redis = RedisBinding.open(redisEndpoint);
        try {
            return new CacheAsideBinding(redis, PostgresBinding.open(postgresEndpoint), redisEndpoint);
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
    }

    @Override public Engine engine() { return RedisDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        if (spec.shape() != Shape.POINT_LOOKUP) throw new IllegalArgumentException("cache-aside runs point-lookup only, not " + spec.shape());
        redis.deleteMatching(CACHE_PREFIX);  // a cold cache every run: its hit ratio is part of what is measured
        return postgres.load(spec);
    }

    @Override public Operation prepare(DatasetSpec spec) {
        Operation source = postgres.prepare(spec);
        try {
            return new CacheAsideOperation(RedisBinding.connect(redisEndpoint), source);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override public void cleanup() {
        RuntimeException first = null;
        try { redis.cleanup(); } catch (RuntimeException e) { first = e; }
        try { postgres.cleanup(); } catch (RuntimeException e) { if (first == null) first = e; }
        if (first != null) throw first;
    }

    @Override public void close() {
        redis.close();
        postgres.close();
    }
}
