package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.memcached.MemcachedDriver;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.XMemcachedClientBuilder;
import net.rubyeye.xmemcached.utils.AddrUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/**
 * A cache (Redis, Memcached) in front of Postgres, cache-aside: reads fill the cache from Postgres, and cleanup
 * removes the cache's entries and both namespaces.
 */
@LiveEngineTest
class CacheAsideTest {
    private static final int RECORDS = 2_000;

    @ParameterizedTest
    @ValueSource(strings = {"redis", "memcached"})
    void readsFillTheCacheFromPostgresAndCleanupRemovesBothNamespaces(String cacheId) throws Exception {
        Engine cache = Engines.require(cacheId);
        BenchRequest request = new BenchRequest(cache, LocalEngines.endpoint(cache), "cache", new DatasetSpec(Shape.POINT_LOOKUP, RECORDS, 1),
                ShortRuns.plan(OptionalDouble.of(100), Duration.ofMillis(1500), 2, 0.9), OptionalDouble.empty(), true,
                Optional.of(LocalEngines.endpoint(PostgresDriver.ENGINE)));
        try {
            BenchResult result = ShortRuns.run(request, new RunControl());

            assertThat(result.engine()).isEqualTo(cacheId + "+postgres");
            assertThat(result.run().errorsByKind()).isEmpty();
            assertThat(result.run().operations()).isGreaterThan(100);
            assertThat(cachedEntries(cache)).as("rows read from Postgres were cached").isPositive();
            assertThat(EveryShapeTest.namespaceExists(PostgresDriver.ENGINE)).isTrue();
        } finally {
            try (EngineBinding binding = Engines.driver(cache).cacheAside().orElseThrow()
                    .open(LocalEngines.endpoint(cache), LocalEngines.endpoint(PostgresDriver.ENGINE))) {
                binding.cleanup();
            }
        }
        assertThat(cachedEntries(cache)).as("cleanup removed the cached rows").isZero();
        assertThat(EveryShapeTest.namespaceExists(PostgresDriver.ENGINE)).isFalse();
        if (cache.equals(RedisDriver.ENGINE)) assertThat(EveryShapeTest.namespaceExists(RedisDriver.ENGINE)).isFalse();
    }

    /** Cache entries of the data set's records, counted through a side door into the engine. */
    private static long cachedEntries(Engine cache) throws Exception {
        if (cache.equals(RedisDriver.ENGINE)) {
            try (Jedis jedis = LocalEngines.redis()) {
                return jedis.scan("0", new ScanParams().match("polyglot:bench:cache:*").count(100_000)).getResult().size();
            }
        }
        assert cache.equals(MemcachedDriver.ENGINE);
        MemcachedClient client = new XMemcachedClientBuilder(AddrUtil.getAddresses("127.0.0.1:11211")).build();
        try {
            long n = 0;
            for (int k = 0; k < RECORDS; k += 100) {
                Map<String, Object> page = client.get(java.util.stream.IntStream.range(k, k + 100).mapToObj(i -> "polyglot:bench:cache:" + i).toList());
                n += page.size();
            }
            return n;
        } finally {
            client.shutdown();
        }
    }
}
