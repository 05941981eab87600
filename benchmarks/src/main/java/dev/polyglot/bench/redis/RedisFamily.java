package dev.polyglot.bench.redis;

import dev.polyglot.workloads.Shape;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The command families of {@code INFO commandstats} a draft reports, each with the shape it serves and the key
 * types it works on. Server commands (INFO, PING, CONFIG, SCAN...) belong to no family and are ignored.
 */
enum RedisFamily {
    KEY_VALUE("key-value commands", Shape.POINT_LOOKUP, Set.of("string", "hash", "set"), Set.of(
            "get", "set", "setex", "psetex", "setnx", "getset", "getdel", "getex", "mget", "mset", "msetnx", "del", "unlink", "exists",
            "incr", "incrby", "decr", "decrby", "incrbyfloat", "append", "strlen", "hget", "hset", "hmget", "hmset", "hgetall", "hdel",
            "hincrby", "hexists", "hsetnx", "sadd", "srem", "sismember", "smembers", "expire", "pexpire")),
    SORTED("sorted-set and list ranges", Shape.RANGE_SCAN, Set.of("zset", "list"), Set.of(
            "zrange", "zrangebyscore", "zrevrange", "zrevrangebyscore", "zrangebylex", "zrevrangebylex", "zadd", "zrem", "zincrby",
            "zscore", "zrank", "zcount", "zcard", "lrange", "lpush", "rpush", "ltrim", "lpop", "rpop", "llen")),
    STREAM("streams and time series", Shape.TIME_SERIES, Set.of("stream", "tsdb-type"), Set.of(
            "xadd", "xrange", "xrevrange", "xread", "xreadgroup", "xtrim", "xlen", "ts.add", "ts.madd", "ts.range", "ts.revrange",
            "ts.mrange", "ts.get", "ts.mget", "ts.incrby", "ts.decrby", "ts.create"));

    private static final Set<String> WRITES = Set.of("set", "setex", "psetex", "setnx", "getset", "getdel", "getex", "mset", "msetnx",
            "del", "unlink", "incr", "incrby", "decr", "decrby", "incrbyfloat", "append", "hset", "hmset", "hdel", "hincrby", "hsetnx",
            "sadd", "srem", "expire", "pexpire", "zadd", "zrem", "zincrby", "lpush", "rpush", "ltrim", "lpop", "rpop", "xadd", "xtrim",
            "ts.add", "ts.madd", "ts.incrby", "ts.decrby", "ts.create");

    private final String label;
    private final Shape shape;
    private final Set<String> keyTypes;
    private final Set<String> commands;

    RedisFamily(String label, Shape shape, Set<String> keyTypes, Set<String> commands) {
        this.label = label;
        this.shape = shape;
        this.keyTypes = keyTypes;
        this.commands = commands;
    }

    String label() { return label; }

    Shape shape() { return shape; }

    /** The family of a command name as commandstats spells it ({@code get}, {@code ts.add}). */
    static Optional<RedisFamily> of(String command) {
        String c = command.toLowerCase(Locale.ROOT);
        for (RedisFamily f : values()) if (f.commands.contains(c)) return Optional.of(f);
        return Optional.empty();
    }

    /** The family whose data lives in keys of this TYPE. */
    static Optional<RedisFamily> ofKeyType(String type) {
        for (RedisFamily f : values()) if (f.keyTypes.contains(type.toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    static boolean writes(String command) { return WRITES.contains(command.toLowerCase(Locale.ROOT)); }
}
