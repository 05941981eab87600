package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.Failures;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SyntheticData;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/** One worker's Redis connection: GET/SETEX for point lookups, ZREVRANGE/ZRANGEBYSCORE and ZADD for sorted sets. */
final class RedisOperation implements Operation {
    private final Jedis jedis;
    private final RedisShape shape;
    private final FixedWidthKey key;
    private final byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];
    private final byte[] member = new byte[24];
    private long writes;

    RedisOperation(Jedis jedis, RedisShape shape) {
        this.jedis = jedis;
        this.shape = shape;
        this.key = new FixedWidthKey(shape.keyPrefix());
        this.writes = System.nanoTime();  // distinct members across workers and runs
    }

    @Override public Outcome execute(OpKind kind, long k) {
        try {
            switch (shape.tag()) {
                case "kv" -> {
                    if (kind == OpKind.READ) jedis.get(key.of(k));
                    else {
                        SyntheticData.payload(k, (int) (writes++ & 3) + 1, value);
                        jedis.setex(key.of(k), RedisShape.TTL_SECONDS, value);
                    }
                }
                case "rs" -> {
                    if (kind == OpKind.READ) jedis.zrevrange(key.of(k % shape.groups()), 0, shape.limit() - 1);
                    else jedis.zadd(key.of(k % shape.groups()), System.currentTimeMillis(), nextMember());
                }
                default -> {
                    long now = System.currentTimeMillis();
                    if (kind == OpKind.READ) jedis.zrangeByScore(key.of(k % shape.groups()), now - 600_000, Double.POSITIVE_INFINITY);
                    else jedis.zadd(key.of(k % shape.groups()), now, nextMember());
                }
            }
            return Outcome.OK;
        } catch (JedisException e) {
            return outcomeOf(e);
        }
    }

    /** A broken or refused connection stops the run; a timeout is its own kind; anything else is the server's error. */
    static Outcome outcomeOf(JedisException e) {
        if (!(e instanceof JedisConnectionException)) return Outcome.SERVER_ERROR;
        Outcome kind = Failures.classify(e);
        return kind == Outcome.SERVER_ERROR ? Outcome.CONNECTION_LOST : kind;
    }

    /** A unique member in the reused buffer: the write counter in hex. */
    private byte[] nextMember() {
        long v = writes++;
        for (int i = member.length - 1; i >= 0; i--) {
            member[i] = (byte) "0123456789abcdef".charAt((int) (v & 15));
            v >>>= 4;
        }
        return member;
    }

    @Override public void close() {
        try { jedis.close(); } catch (JedisException ignored) { /* the connection may already be gone */ }
    }
}
