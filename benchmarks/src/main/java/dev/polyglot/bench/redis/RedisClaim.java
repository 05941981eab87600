package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * The claim on key prefix {@value RedisBinding#PREFIX} of one Redis database: key {@value #KEY}, set with NX and a
 * time to live, holding {@code token host/pid, since TIME}. A daemon thread renews the time to live every third of it
 * while the claim's value is still ours; release deletes the key only if it is still ours (both compare-and-act in
 * Lua, atomically). A run that dies stops renewing, so its claim lapses after at most the time to live.
 * Caveat: a run stalled (or cut off from Redis) for longer than the time to live loses its claim without noticing.
 */
public final class RedisClaim implements NamespaceClaim {
    public static final String KEY = RedisBinding.PREFIX + "lock";
    /** Time to live of the claim in milliseconds, renewed every third of it. */
    public static final long TTL_MS = 15_000;
    private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final Endpoint endpoint;
    private final String value;
    private final long ttlMs;
    private final Heartbeat heartbeat;
    /** Used by the renewer thread only, until {@link #close()} has stopped it. */
    private volatile Jedis jedis;

    private RedisClaim(Endpoint endpoint, Jedis jedis, String value, long ttlMs) {
        this.endpoint = endpoint;
        this.jedis = jedis;
        this.value = value;
        this.ttlMs = ttlMs;
        this.heartbeat = Heartbeat.start("bench-claim-renewer", Math.max(1, ttlMs / 3), this::renew);
    }

    /** @param ttlMs time to live of the claim in milliseconds, at least 3 */
    public static RedisClaim take(Endpoint endpoint, Claimant me, long ttlMs) {
        if (ttlMs < 3) throw new IllegalArgumentException("ttl must be at least 3 ms, was " + ttlMs);
        String value = me.token() + " " + me.describe();
        Jedis jedis = RedisBinding.connect(endpoint);
        try {
            // Twice: the holder seen refusing us may lapse before we read it.
            for (int attempt = 0; attempt < 2; attempt++) {
                if ("OK".equals(jedis.set(KEY, value, SetParams.setParams().nx().px(ttlMs)))) return new RedisClaim(endpoint, jedis, value, ttlMs);
                String holder = jedis.get(KEY);
                if (holder != null) {
                    jedis.close();
                    throw new NamespaceBusyException(RedisDriver.ENGINE, endpoint, holder.substring(holder.indexOf(' ') + 1),
                            "a claim lapses " + ttlMs / 1000 + " s after its run dies");
                }
            }
            throw new NamespaceBusyException(RedisDriver.ENGINE, endpoint, "one that comes and goes", "try again");
        } catch (JedisException e) {
            jedis.close();
            throw new IllegalStateException("claiming " + RedisBinding.PREFIX + " on redis at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void renew() {
        try {
            if (jedis == null) jedis = RedisBinding.connect(endpoint);
            jedis.eval(RENEW, List.of(KEY), List.of(value, Long.toString(ttlMs)));
        } catch (RuntimeException e) {
            // Redis is away: try again next period with a new connection; the claim lapses if it stays away.
            if (jedis != null) jedis.close();
            jedis = null;
        }
    }

    @Override public void close() {
        heartbeat.stop();
        // On the renewer's connection, else on a fresh one: the old one may have been cut while the server lives on.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (jedis == null) jedis = RedisBinding.connect(endpoint);
                jedis.eval(RELEASE, List.of(KEY), List.of(value));
                break;
            } catch (RuntimeException e) {
                // Redis is away: after the second try, the claim lapses after its time to live.
                if (jedis != null) jedis.close();
                jedis = null;
            }
        }
        if (jedis != null) jedis.close();
    }
}
