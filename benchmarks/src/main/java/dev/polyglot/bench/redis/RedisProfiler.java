package dev.polyglot.bench.redis;

import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.DraftWorkload;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Drafts workloads from Redis's {@code INFO}: one per command family seen in {@code commandstats} (sampled twice),
 * records and expiring keys from {@code keyspace}, working set from {@code used_memory}. With a key glob, records,
 * expiry and memory come from a SCAN of the matching keys instead (names and metadata, never values), and families
 * with no matching key are left out; the command rates stay server-wide, as Redis counts them.
 */
public final class RedisProfiler {
    private RedisProfiler() {}

    public static Draft profile(ProfileRequest request) throws InterruptedException {
        try (Jedis jedis = RedisBinding.connect(request.endpoint())) {
            Map<String, Long> before = RedisInfo.calls(jedis.info("commandstats"));
            Thread.sleep(request.sample().toMillis());
            Map<String, Long> after = RedisInfo.calls(jedis.info("commandstats"));
            List<String> notes = new ArrayList<>();
            notes.add("Read from redis at " + request.endpoint() + request.scopeNote() + ", INFO commandstats sampled "
                    + request.sample().toMillis() + " ms apart (rates are server-wide).");
            Map<RedisFamily, long[]> lifetime = tally(after, Map.of());
            Map<RedisFamily, long[]> sample = tally(after, before);
            Keys keys = request.scope().isPresent() ? censusKeys(jedis, request.scope().get(), notes) : infoKeys(jedis, request, notes);
            List<DraftWorkload> workloads = new ArrayList<>();
            for (RedisFamily f : RedisFamily.values()) {
                long[] life = lifetime.getOrDefault(f, new long[2]);
                if (life[0] + life[1] == 0 || (request.scope().isPresent() && keys.census().of(f).keys() == 0)) continue;
                workloads.add(workload(f, sample.getOrDefault(f, new long[2]), life, keys, request));
            }
            return new Draft(request.system(), RedisDriver.ENGINE, workloads, notes);
        } catch (JedisException e) {
            throw new EngineUnavailableException(RedisDriver.ENGINE, request.endpoint(), "connection lost while reading INFO");
        }
    }

    /** Where records, expiry and memory come from: the whole database's INFO, or a census of matching keys. */
    private record Keys(long records, long expiring, long bytes, RedisKeyCensus census, String source) {}

    private static Keys infoKeys(Jedis jedis, ProfileRequest request, List<String> notes) {
        int db = request.endpoint().database().map(Integer::parseInt).orElse(0);
        long[] ks = RedisInfo.keyspace(jedis.info("keyspace"), db);
        long memory = RedisInfo.number(jedis.info("memory"), "used_memory").orElse(0);
        notes.add("records: INFO keyspace db" + db + " (all families together: split by hand); working_set: used_memory.");
        return new Keys(ks[0], ks[1], memory, new RedisKeyCensus(Map.of(), false), "INFO keyspace db" + db);
    }

    private static Keys censusKeys(Jedis jedis, String glob, List<String> notes) {
        RedisKeyCensus census = RedisKeyCensus.take(jedis, glob);
        notes.add("records, expiry, working_set: SCAN MATCH " + glob + " with TYPE, PTTL, MEMORY USAGE"
                + (census.truncated() ? " (stopped at " + RedisKeyCensus.MAX_KEYS + " keys: figures are low)" : "") + ".");
        return new Keys(0, 0, 0, census, "SCAN MATCH " + glob);
    }

    /** Per family: {reads, writes} of the calls in {@code after} minus those in {@code before}. */
    private static Map<RedisFamily, long[]> tally(Map<String, Long> after, Map<String, Long> before) {
        Map<RedisFamily, long[]> out = new EnumMap<>(RedisFamily.class);
        after.forEach((command, calls) -> RedisFamily.of(command).ifPresent(f -> {
            long n = Math.max(0, calls - before.getOrDefault(command, 0L));
            out.computeIfAbsent(f, x -> new long[2])[RedisFamily.writes(command) ? 1 : 0] += n;
        }));
        return out;
    }

    private static DraftWorkload workload(RedisFamily f, long[] sample, long[] life, Keys keys, ProfileRequest request) {
        boolean census = request.scope().isPresent();
        long records = census ? keys.census().of(f).keys() : keys.records();
        long expiring = census ? keys.census().of(f).expiring() : keys.expiring();
        long bytes = census ? keys.census().of(f).bytes() : keys.bytes();
        long ops = sample[0] + sample[1];
        long[] ratioFrom = ops > 0 ? sample : life;
        double readRatio = (double) ratioFrom[0] / Math.max(1, ratioFrom[0] + ratioFrom[1]);
        boolean ephemeral = records > 0 && expiring * 2 >= records;
        List<String> sources = List.of(
                "from INFO commandstats: " + f.label() + " (" + life[0] + " reads, " + life[1] + " writes since the server started)",
                "ops_per_sec = calls over the sample" + (ops > 0 ? "" : " (none in the sample: read_ratio from lifetime calls)"),
                "records = keys, working_set = memory (" + keys.source() + "); " + expiring + " of " + records + " keys expire"
                        + (ephemeral ? ": durability ephemeral" : ""),
                "consistency eventual: reads from a cache or replica; TODO: tighten it if this is the source of truth");
        return new DraftWorkload("redis " + f.label(), f.shape(), Rate.of(ops, request.sampleSeconds()), readRatio, OptionalLong.of(records),
                Optional.of(new ByteSize(bytes)), OptionalLong.empty(), Consistency.EVENTUAL,
                ephemeral ? Durability.EPHEMERAL : Durability.DURABLE, sources);
    }
}
