package dev.polyglot.bench.redis;

import dev.polyglot.bench.cacheaside.CacheClient;
import dev.polyglot.bench.cacheaside.CacheSide;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/** Redis as the cache of a cache-aside pair: entries {@value #CACHE_PREFIX}N, expiring like every bench key. */
public final class RedisCacheSide implements CacheSide {
    public static final String CACHE_PREFIX = RedisBinding.PREFIX + "cache:";

    private final RedisBinding redis;
    private final Endpoint endpoint;

    private RedisCacheSide(RedisBinding redis, Endpoint endpoint) {
        this.redis = redis;
        this.endpoint = endpoint;
    }

    public static RedisCacheSide open(Endpoint endpoint) { return new RedisCacheSide(RedisBinding.open(endpoint), endpoint); }

    @Override public Engine engine() { return RedisDriver.ENGINE; }

    @Override public void makeCold(DatasetSpec spec) { redis.deleteMatching(CACHE_PREFIX); }

    @Override public CacheClient connect() { return new Client(RedisBinding.connect(endpoint)); }

    @Override public void cleanup() { redis.cleanup(); }

    @Override public void close() { redis.close(); }

    /** GET, SETEX and DEL on one Jedis connection, keys built in a reused buffer. */
    private static final class Client implements CacheClient {
        private final Jedis jedis;
        private final FixedWidthKey key = new FixedWidthKey(CACHE_PREFIX);

        Client(Jedis jedis) { this.jedis = jedis; }

        @Override public boolean contains(long k) {
            try {
                return jedis.get(key.of(k)) != null;
            } catch (JedisException e) {
                throw new Failure(RedisOperation.outcomeOf(e), e);
            }
        }

        @Override public void put(long k, byte[] value) {
            try {
                jedis.setex(key.of(k), RedisShape.TTL_SECONDS, value);
            } catch (JedisException e) {
                throw new Failure(RedisOperation.outcomeOf(e), e);
            }
        }

        @Override public void evict(long k) {
            try {
                jedis.del(key.of(k));
            } catch (JedisException e) {
                throw new Failure(RedisOperation.outcomeOf(e), e);
            }
        }

        @Override public void close() {
            try { jedis.close(); } catch (JedisException ignored) { /* the connection may already be gone */ }
        }
    }
}
