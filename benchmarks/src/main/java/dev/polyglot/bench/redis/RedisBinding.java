package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.SyntheticData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Redis through Jedis. Every key starts with {@value #PREFIX}; cleanup deletes by SCAN over that prefix (never
 * FLUSHDB). Loading pipelines writes in batches.
 */
public final class RedisBinding implements EngineBinding {
    public static final String PREFIX = "polyglot:bench:";
    private static final int PIPELINE_BATCH = 2_000;
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int SOCKET_TIMEOUT_MS = 5_000;

    private final Endpoint endpoint;
    private final Jedis admin;

    private RedisBinding(Endpoint endpoint, Jedis admin) {
        this.endpoint = endpoint;
        this.admin = admin;
    }

    public static RedisBinding open(Endpoint endpoint) { return new RedisBinding(endpoint, connect(endpoint)); }

    public static Jedis connect(Endpoint endpoint) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MS).socketTimeoutMillis(SOCKET_TIMEOUT_MS).clientName("polyglot-bench");
        endpoint.user().ifPresent(config::user);
        endpoint.password().ifPresent(config::password);
        endpoint.database().ifPresent(db -> config.database(Integer.parseInt(db)));
        try {
            Jedis jedis = new Jedis(new HostAndPort(endpoint.host(), endpoint.port()), config.build());
            jedis.ping();
            return jedis;
        } catch (JedisDataException e) {
            throw new EngineUnavailableException(RedisDriver.ENGINE, endpoint, "login refused (check REDISCLI_AUTH or the URL's password)");
        } catch (JedisException e) {
            throw new EngineUnavailableException(RedisDriver.ENGINE, endpoint, "connection refused or timed out");
        }
    }

    @Override public Engine engine() { return RedisDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        RedisShape shape = RedisShape.of(spec);
        String manifestKey = PREFIX + "manifest:" + spec.shape().id();
        if (readManifest(manifestKey, spec).equals(Optional.of(spec.manifest()))) return new LoadReport(spec.records(), 0, true);
        long start = System.nanoTime();
        admin.del(manifestKey);
        deleteMatching(shape.keyPrefix());
        FixedWidthKey key = new FixedWidthKey(shape.keyPrefix());
        byte[] value = new byte[SyntheticData.PAYLOAD_BYTES];
        long now = System.currentTimeMillis();
        for (long i = 0; i < spec.records(); i += PIPELINE_BATCH) {
            Pipeline p = admin.pipelined();
            long end = Math.min(spec.records(), i + PIPELINE_BATCH);
            for (long r = i; r < end; r++) {
                if (shape.sortedSet()) {
                    long ts = shape.tag().equals("ts") ? now - (r / shape.groups()) * 10_000 : now - (r % 86_400) * 1000;
                    p.zadd(key.copyOf(r % shape.groups()), ts, (r + ":" + (SyntheticData.mix(r) & 0xfffff)).getBytes(StandardCharsets.US_ASCII));
                } else {
                    SyntheticData.payload(r, 0, value);
                    p.setex(key.copyOf(r), RedisShape.TTL_SECONDS, value.clone());
                }
            }
            p.sync();
        }
        admin.hset(manifestKey, Map.of("records", Long.toString(spec.records()), "version", Integer.toString(spec.manifest().version())));
        // The manifest expires before the entries it describes, so it never vouches for expired data.
        admin.expire(manifestKey, RedisShape.TTL_SECONDS - 3_600);
        return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
    }

    private Optional<Manifest> readManifest(String manifestKey, DatasetSpec spec) {
        Map<String, String> fields = admin.hgetAll(manifestKey);
        if (!fields.containsKey("records") || !fields.containsKey("version")) return Optional.empty();
        return Optional.of(new Manifest(spec.shape().id(), Long.parseLong(fields.get("records")), Integer.parseInt(fields.get("version"))));
    }

    /**
     * Deletes every key starting with {@code prefix} (which must start with {@link #PREFIX}), by SCAN and UNLINK, except
     * the run's claim {@link RedisClaim#KEY}, which only its holder releases.
     */
    void deleteMatching(String prefix) {
        if (!prefix.startsWith(PREFIX)) throw new IllegalArgumentException("refusing to delete outside " + PREFIX);
        ScanParams params = new ScanParams().match(prefix + "*").count(1_000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = admin.scan(cursor, params);
            List<String> keys = page.getResult().stream().filter(k -> !k.equals(RedisClaim.KEY)).toList();
            if (!keys.isEmpty()) admin.unlink(keys.toArray(String[]::new));
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    @Override public Operation prepare(DatasetSpec spec) { return new RedisOperation(connect(endpoint), RedisShape.of(spec)); }

    @Override public void cleanup() {
        try (RedisBinding fresh = open(endpoint)) {
            fresh.deleteMatching(PREFIX);
        }
    }

    @Override public void close() {
        try { admin.close(); } catch (JedisException ignored) { /* the connection may already be gone */ }
    }
}
