package dev.polyglot.bench.redis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Counts the keys matching a glob per {@link RedisFamily}, by SCAN with TYPE, PTTL and MEMORY USAGE: key names
 * and metadata only, never a value. Stops after {@link #MAX_KEYS} keys and says so.
 */
record RedisKeyCensus(Map<RedisFamily, Tally> families, boolean truncated) {
    static final int MAX_KEYS = 100_000;

    /** Keys of one family: how many, how many expire, and their memory in bytes. */
    record Tally(long keys, long expiring, long bytes) {
        Tally plus(boolean expires, long size) { return new Tally(keys + 1, expiring + (expires ? 1 : 0), bytes + Math.max(0, size)); }
    }

    static RedisKeyCensus take(Jedis jedis, String glob) {
        Map<RedisFamily, Tally> families = new EnumMap<>(RedisFamily.class);
        String cursor = ScanParams.SCAN_POINTER_START;
        long seen = 0;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(glob).count(1000));
            cursor = page.getCursor();
            tally(jedis, page.getResult(), families);
            seen += page.getResult().size();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START) && seen < MAX_KEYS);
        return new RedisKeyCensus(Map.copyOf(families), !cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    private static void tally(Jedis jedis, List<String> keys, Map<RedisFamily, Tally> families) {
        List<Response<String>> types = new ArrayList<>();
        List<Response<Long>> ttls = new ArrayList<>();
        List<Response<Long>> sizes = new ArrayList<>();
        Pipeline p = jedis.pipelined();
        for (String key : keys) {
            types.add(p.type(key));
            ttls.add(p.pttl(key));
            sizes.add(p.memoryUsage(key));
        }
        p.sync();
        for (int i = 0; i < keys.size(); i++) {
            Long ttl = ttls.get(i).get();
            Long size = sizes.get(i).get();
            boolean expires = ttl != null && ttl >= 0;  // -1: no TTL, -2: gone since the scan
            long bytes = size == null ? 0 : size;
            RedisFamily.ofKeyType(types.get(i).get()).ifPresent(f -> families.merge(f, new Tally(0, 0, 0).plus(expires, bytes),
                    (a, b) -> a.plus(expires, bytes)));
        }
    }

    Tally of(RedisFamily family) { return families.getOrDefault(family, new Tally(0, 0, 0)); }
}
