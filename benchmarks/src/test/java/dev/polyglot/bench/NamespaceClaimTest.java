package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.clickhouse.ClickHouseDriver;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.clickhouse.ClickHouseClaim;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.postgres.PostgresClaim;
import dev.polyglot.bench.redis.RedisBinding;
import dev.polyglot.bench.redis.RedisClaim;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.SetParams;

/** Claims on the bench namespace against the real engines: exclusive, released, and taken over from a run that died. */
@LiveEngineTest
class NamespaceClaimTest {
    private static final Claimant DEAD = new Claimant("deadhost", 1, Instant.parse("2020-01-01T00:00:00Z"), "00000000000000de");

    @AfterEach void removeLeftovers() {
        try (Jedis jedis = LocalEngines.redis()) { jedis.del(RedisClaim.KEY); }
        LocalEngines.clickhouse("DROP DATABASE IF EXISTS polyglot_bench");
    }

    private static NamespaceClaim take(Engine engine) {
        return Engines.driver(engine).claim(LocalEngines.endpoint(engine), Claimant.current());
    }

    @ParameterizedTest
    @MethodSource("dev.polyglot.bench.LocalEngines#engines")
    void aSecondClaimIsRefusedNamingTheHolderAndAReleasedClaimCanBeRetaken(Engine engine) {
        Claimant first = Claimant.current();
        try (NamespaceClaim held = Engines.driver(engine).claim(LocalEngines.endpoint(engine), first)) {
            assertThatThrownBy(() -> take(engine))
                    .isInstanceOf(NamespaceBusyException.class)
                    .hasMessageStartingWith("another polyglot bench is running against " + engine.id() + " at " + LocalEngines.endpoint(engine))
                    .hasMessageContaining("its claim: " + first.process() + ", since ");
        }
        take(engine).close();
        take(engine).close();
    }

    @Test
    void aPostgresClaimDiesWithTheSessionThatHeldIt() throws Exception {
        try (Connection dead = LocalEngines.postgres(); Statement st = dead.createStatement()) {
            st.execute("SELECT pg_advisory_lock(" + PostgresClaim.LOCK_KEY + ")");
            assertThatThrownBy(() -> take(PostgresDriver.ENGINE)).isInstanceOf(NamespaceBusyException.class).hasMessageContaining("server process ");
        }
        take(PostgresDriver.ENGINE).close();
    }

    @Test
    void aRedisClaimLapsesAfterItsTimeToLive() throws Exception {
        try (Jedis jedis = LocalEngines.redis()) {
            jedis.set(RedisClaim.KEY, DEAD.token() + " " + DEAD.describe(), SetParams.setParams().px(300));
            assertThatThrownBy(() -> take(RedisDriver.ENGINE)).isInstanceOf(NamespaceBusyException.class).hasMessageContaining("deadhost/1, since 2020");
            for (int i = 0; i < 100 && jedis.exists(RedisClaim.KEY); i++) Thread.sleep(50);
        }
        take(RedisDriver.ENGINE).close();
    }

    @Test
    void aLiveRedisClaimIsRenewedPastItsTimeToLive() throws Exception {
        Claimant me = Claimant.current();
        try (RedisClaim held = RedisClaim.take(LocalEngines.endpoint(RedisDriver.ENGINE), me, 1_500); Jedis jedis = LocalEngines.redis()) {
            Thread.sleep(3_000);
            assertThat(jedis.get(RedisClaim.KEY)).startsWith(me.token());
        }
    }

    @Test
    void releasingARedisClaimThatLapsedLeavesTheNewHoldersClaim() {
        try (Jedis jedis = LocalEngines.redis()) {
            NamespaceClaim lapsed = take(RedisDriver.ENGINE);
            jedis.set(RedisClaim.KEY, DEAD.token() + " " + DEAD.describe());  // as if it lapsed and another run took it
            lapsed.close();
            assertThat(jedis.get(RedisClaim.KEY)).startsWith(DEAD.token());
        }
    }

    @Test
    void aRedisRunsCleanupLeavesItsOwnClaimForItsHolderToRelease() {
        Claimant me = Claimant.current();
        try (NamespaceClaim held = Engines.driver(RedisDriver.ENGINE).claim(LocalEngines.endpoint(RedisDriver.ENGINE), me); Jedis jedis = LocalEngines.redis()) {
            jedis.set(RedisBinding.PREFIX + "kv:0000000001", "data");
            try (RedisBinding binding = RedisBinding.open(LocalEngines.endpoint(RedisDriver.ENGINE))) { binding.cleanup(); }
            assertThat(jedis.exists(RedisBinding.PREFIX + "kv:0000000001")).isFalse();
            assertThat(jedis.get(RedisClaim.KEY)).startsWith(me.token());
        }
    }

    @Test
    void aClickHouseClaimWithoutRecentHeartbeatIsTakenOver() {
        LocalEngines.clickhouse("CREATE DATABASE IF NOT EXISTS polyglot_bench");
        LocalEngines.clickhouse("CREATE TABLE polyglot_bench.claims (token String, owner String, at DateTime, released UInt8) ENGINE = Log");
        LocalEngines.clickhouse("INSERT INTO polyglot_bench.claims VALUES ('" + DEAD.token() + "', 'deadhost/1', now() - " + (ClickHouseClaim.STALE_AFTER_S + 5) + ", 0)");
        take(ClickHouseDriver.ENGINE).close();

        LocalEngines.clickhouse("INSERT INTO polyglot_bench.claims VALUES ('" + DEAD.token() + "', 'deadhost/1', now(), 0)");
        assertThatThrownBy(() -> take(ClickHouseDriver.ENGINE)).isInstanceOf(NamespaceBusyException.class).hasMessageContaining("its claim: deadhost/1");
    }
}
