package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SyntheticData;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * One worker's cache-aside pair: its Redis connection and its Postgres point-lookup operation. On a miss the row's
 * bytes are regenerated from the key (the data set is deterministic), so the cache gets a value of the row's size
 * without the Operation interface carrying values.
 */
final class CacheAsideOperation implements Operation {
    private final Jedis cache;
    private final Operation source;
    private final FixedWidthKey key = new FixedWidthKey(CacheAsideBinding.CACHE_PREFIX);
    private final byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];

    CacheAsideOperation(Jedis cache, Operation source) {
        this.cache = cache;
        this.source = source;
    }

    @Override public Outcome execute(OpKind kind, long k) {
        try {
            if (kind == OpKind.READ) {
                if (cache.get(key.of(k)) != null) return Outcome.OK;
                Outcome read = source.execute(OpKind.READ, k);
                if (read != Outcome.OK) return read;
                SyntheticData.payload(k, 0, value);
                cache.setex(key.of(k), RedisShape.TTL_SECONDS, value);
                return Outcome.OK;
            }
            Outcome write = source.execute(OpKind.WRITE, k);
            if (write != Outcome.OK) return write;
            cache.del(key.of(k));
            return Outcome.OK;
        } catch (JedisException e) {
            return RedisOperation.outcomeOf(e);
        }
    }

    @Override public void close() {
        source.close();
        try { cache.close(); } catch (JedisException ignored) { /* the connection may already be gone */ }
    }
}
