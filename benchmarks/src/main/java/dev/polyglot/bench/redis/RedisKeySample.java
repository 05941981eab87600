package dev.polyglot.bench.redis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A bounded sample of a Redis database's keys by {@code SCAN} (at most {@link #MAX_KEYS} keys and
 * {@link #MAX_CALLS} calls, never a full walk of a big keyspace), with each key's metadata: TYPE, PTTL,
 * OBJECT ENCODING, OBJECT IDLETIME (how long since a command touched it; unavailable under an LFU policy) and
 * MEMORY USAGE. Names and metadata only, never a value; IDLETIME is asked first, and none of these commands
 * touches a key.
 *
 * @param keys     the sampled keys' metadata, by family pattern ({@link KeyPattern}) and type
 * @param complete true when the scan walked the whole keyspace (counts are exact), false when it stopped early
 * @param scanned  keys the scan returned
 */
record RedisKeySample(Map<String, Family> keys, boolean complete, long scanned) {
    static final int MAX_KEYS = 2_000;
    static final int MAX_CALLS = 100;

    /** The sampled keys of one pattern and type. */
    record Family(String pattern, String type, long keys, long expiring, long intEncoded, long idleKnown, long touched, long bytes) {
        Family plus(boolean expires, boolean integer, Optional<Long> idleSeconds, double window, long size) {
            return new Family(pattern, type, keys + 1, expiring + (expires ? 1 : 0), intEncoded + (integer ? 1 : 0),
                    idleKnown + (idleSeconds.isPresent() ? 1 : 0), touched + (idleSeconds.filter(s -> s <= window).isPresent() ? 1 : 0),
                    bytes + Math.max(0, size));
        }

        /** Share of the sampled keys a command touched within the window, or empty when IDLETIME was unavailable. */
        Optional<Double> touchedShare() { return idleKnown == 0 ? Optional.empty() : Optional.of((double) touched / idleKnown); }
    }

    RedisKeySample {
        keys = Map.copyOf(keys);
    }

    /**
     * @param glob         the keys to sample ({@code *} for all)
     * @param windowSeconds a key idle at most this long counts as touched during the sample
     */
    static RedisKeySample take(Jedis jedis, String glob, double windowSeconds) {
        Map<String, Family> families = new LinkedHashMap<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        long seen = 0;
        int calls = 0;
        do {
            ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(glob).count(200));
            cursor = page.getCursor();
            calls++;
            List<String> keys = page.getResult().subList(0, (int) Math.min(page.getResult().size(), MAX_KEYS - seen));
            describe(jedis, keys, families, Math.ceil(windowSeconds) + 1);
            seen += keys.size();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START) && seen < MAX_KEYS && calls < MAX_CALLS);
        return new RedisKeySample(families, cursor.equals(ScanParams.SCAN_POINTER_START), seen);
    }

    private static void describe(Jedis jedis, List<String> keys, Map<String, Family> families, double window) {
        List<Response<Long>> idle = new ArrayList<>();
        List<Response<String>> types = new ArrayList<>();
        List<Response<Long>> ttls = new ArrayList<>();
        List<Response<String>> encodings = new ArrayList<>();
        List<Response<Long>> sizes = new ArrayList<>();
        Pipeline p = jedis.pipelined();
        for (String key : keys) {
            idle.add(p.objectIdletime(key));  // first: nothing before it may refresh the key's access time
            types.add(p.type(key));
            ttls.add(p.pttl(key));
            encodings.add(p.objectEncoding(key));
            sizes.add(p.memoryUsage(key));
        }
        p.sync();
        for (int i = 0; i < keys.size(); i++) {
            String type = types.get(i).get();
            if (type == null || type.equals("none")) continue;  // expired or deleted since the scan
            Long ttl = ttls.get(i).get();
            boolean expires = ttl != null && ttl >= 0;  // -1: no TTL, -2: gone since the scan
            boolean integer = value(encodings.get(i)).filter("int"::equals).isPresent();
            long size = value(sizes.get(i)).orElse(0L);
            Optional<Long> idleSeconds = value(idle.get(i));
            String pattern = KeyPattern.of(keys.get(i));
            families.compute(pattern + " " + type, (k, f) -> (f == null ? new Family(pattern, type, 0, 0, 0, 0, 0, 0) : f)
                    .plus(expires, integer, idleSeconds, window, size));
        }
    }

    /** A pipelined reply, or empty when the server refused it (OBJECT IDLETIME under an LFU policy) or it is nil. */
    private static <T> Optional<T> value(Response<T> r) {
        try {
            return Optional.ofNullable(r.get());
        } catch (JedisDataException e) {
            return Optional.empty();
        }
    }
}
