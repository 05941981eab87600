package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.redis.CacheAsideBinding;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/** Redis cache-aside in front of Postgres: reads fill the cache from Postgres, and cleanup removes both namespaces. */
@LiveEngineTest
class CacheAsideTest {
    @Test
    void readsFillTheCacheFromPostgresAndCleanupRemovesBothNamespaces() throws Exception {
        BenchRequest request = new BenchRequest(RedisDriver.ENGINE, LocalEngines.endpoint(RedisDriver.ENGINE), "cache", new DatasetSpec(Shape.POINT_LOOKUP, 2_000, 1),
                ShortRuns.plan(OptionalDouble.of(100), Duration.ofMillis(1500), 2, 0.9), OptionalDouble.empty(), true,
                Optional.of(LocalEngines.endpoint(PostgresDriver.ENGINE)));
        try {
            BenchResult result = ShortRuns.run(request, new RunControl());

            assertThat(result.engine()).isEqualTo("redis+postgres");
            assertThat(result.run().errorsByKind()).isEmpty();
            assertThat(result.run().operations()).isGreaterThan(100);
            try (Jedis jedis = LocalEngines.redis()) {
                assertThat(jedis.scan("0", new ScanParams().match("polyglot:bench:cache:*").count(100_000)).getResult()).isNotEmpty();
            }
            assertThat(EveryShapeTest.namespaceExists(PostgresDriver.ENGINE)).isTrue();
        } finally {
            try (CacheAsideBinding binding = CacheAsideBinding.open(LocalEngines.endpoint(RedisDriver.ENGINE), LocalEngines.endpoint(PostgresDriver.ENGINE))) {
                binding.cleanup();
            }
        }
        assertThat(EveryShapeTest.namespaceExists(RedisDriver.ENGINE)).isFalse();
        assertThat(EveryShapeTest.namespaceExists(PostgresDriver.ENGINE)).isFalse();
    }
}
