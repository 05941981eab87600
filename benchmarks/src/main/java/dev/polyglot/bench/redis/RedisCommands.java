package dev.polyglot.bench.redis;

import dev.polyglot.workloads.Shape;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which key type each data command of {@code INFO commandstats} works on, whether it writes, and the shape a type
 * serves. Server and keyspace-wide commands (INFO, PING, SCAN, DEL of any type...) work on no one type and are left
 * out of the families' rates.
 */
final class RedisCommands {
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "string", Set.of("get", "set", "setex", "psetex", "setnx", "getset", "getdel", "getex", "mget", "mset", "msetnx", "incr", "incrby",
                    "decr", "decrby", "incrbyfloat", "append", "strlen", "getrange", "setrange"),
            "hash", Set.of("hget", "hset", "hmget", "hmset", "hgetall", "hdel", "hincrby", "hincrbyfloat", "hexists", "hsetnx", "hkeys", "hvals",
                    "hlen", "hscan", "hrandfield"),
            "set", Set.of("sadd", "srem", "sismember", "smismember", "smembers", "scard", "spop", "srandmember", "sscan", "sinter", "sunion",
                    "sdiff"),
            "any", Set.of("expire", "pexpire", "expireat", "pexpireat"),
            "zset", Set.of("zadd", "zrem", "zincrby", "zscore", "zrank", "zrevrank", "zcount", "zcard", "zrange", "zrangebyscore", "zrevrange",
                    "zrevrangebyscore", "zrangebylex", "zrevrangebylex", "zpopmin", "zpopmax", "zremrangebyscore", "zremrangebyrank", "zmscore"),
            "list", Set.of("lpush", "rpush", "lpop", "rpop", "lrange", "llen", "lindex", "lset", "ltrim", "lrem", "linsert", "lpos", "blpop",
                    "brpop", "lmove", "blmove", "rpoplpush"),
            "TSDB-TYPE", Set.of("ts.add", "ts.madd", "ts.incrby", "ts.decrby", "ts.range", "ts.revrange", "ts.get", "ts.create"),
            "stream", Set.of("xadd", "xrange", "xrevrange", "xread", "xreadgroup", "xtrim", "xlen", "xack", "xdel", "xclaim", "xautoclaim",
                    "xpending"));
    private static final Set<String> WRITES = Set.of("set", "setex", "psetex", "setnx", "getset", "getdel", "getex", "mset", "msetnx", "incr",
            "incrby", "decr", "decrby", "incrbyfloat", "append", "setrange", "hset", "hmset", "hdel", "hincrby", "hincrbyfloat", "hsetnx", "sadd",
            "srem", "spop", "zadd", "zrem", "zincrby", "zpopmin", "zpopmax", "zremrangebyscore", "zremrangebyrank", "lpush", "rpush", "lpop",
            "rpop", "lset", "ltrim", "lrem", "linsert", "blpop", "brpop", "lmove", "blmove", "rpoplpush", "xadd", "xtrim", "xack", "xdel",
            "xclaim", "xautoclaim", "xreadgroup", "ts.add", "ts.madd", "ts.incrby", "ts.decrby", "ts.create");
    /** String commands that need a number in the key: they touch int-encoded families. */
    private static final Set<String> COUNTING = Set.of("incr", "incrby", "decr", "decrby", "incrbyfloat");

    /** Commands that give a key a TTL: they touch the families whose keys mostly expire. */
    private static final Set<String> EXPIRING = Set.of("setex", "psetex", "getex", "expire", "pexpire", "expireat", "pexpireat");

    private RedisCommands() {}

    static boolean expires(String command) { return EXPIRING.contains(command.toLowerCase(Locale.ROOT)); }

    /** The key type a command works on ({@code string}, {@code list} ...), or empty for server and keyspace commands. */
    static Optional<String> type(String command) {
        String c = command.toLowerCase(Locale.ROOT);
        return BY_TYPE.entrySet().stream().filter(e -> e.getValue().contains(c)).map(Map.Entry::getKey).findFirst();
    }

    static boolean writes(String command) { return WRITES.contains(command.toLowerCase(Locale.ROOT)); }

    static boolean counts(String command) { return COUNTING.contains(command.toLowerCase(Locale.ROOT)); }

    /** The shape keys of a type serve: lookups by key, ranges over ordered members, or appends by time. */
    static Shape shape(String type) {
        return switch (type) {
            case "zset", "list" -> Shape.RANGE_SCAN;
            case "stream", "TSDB-TYPE" -> Shape.TIME_SERIES;
            default -> Shape.POINT_LOOKUP;
        };
    }
}
