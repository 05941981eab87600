package dev.polyglot.bench.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Shape;
import org.junit.jupiter.api.Test;

/** Reading INFO text as Redis 7 prints it, and the command families it feeds. */
class RedisInfoTest {
    private static final String COMMANDSTATS = "# Commandstats\r\n"
            + "cmdstat_get:calls=120,usec=300,usec_per_call=2.50,rejected_calls=0,failed_calls=0\r\n"
            + "cmdstat_client|list:calls=3,usec=9,usec_per_call=3.00,rejected_calls=0,failed_calls=0\r\n"
            + "cmdstat_ts.add:calls=7,usec=70,usec_per_call=10.00,rejected_calls=0,failed_calls=0\r\n";

    @Test
    void readsCallsPerCommandSkippingSubcommands() {
        assertThat(RedisInfo.calls(COMMANDSTATS)).containsOnly(java.util.Map.entry("get", 120L), java.util.Map.entry("ts.add", 7L));
    }

    @Test
    void readsKeysAndExpiresOfOneDatabase() {
        String keyspace = "# Keyspace\r\ndb0:keys=10,expires=4,avg_ttl=1000\r\ndb2:keys=3,expires=0,avg_ttl=0\r\n";
        assertThat(RedisInfo.keyspace(keyspace, 0)).containsExactly(10, 4);
        assertThat(RedisInfo.keyspace(keyspace, 2)).containsExactly(3, 0);
        assertThat(RedisInfo.keyspace(keyspace, 5)).containsExactly(0, 0);
        assertThat(RedisInfo.number("used_memory:1024\r\nused_memory_human:1K\r\n", "used_memory")).hasValue(1024);
    }

    @Test
    void familiesMapCommandsToShapesAndWrites() {
        assertThat(RedisFamily.of("GET").map(RedisFamily::shape)).contains(Shape.POINT_LOOKUP);
        assertThat(RedisFamily.of("zrangebyscore").map(RedisFamily::shape)).contains(Shape.RANGE_SCAN);
        assertThat(RedisFamily.of("ts.add").map(RedisFamily::shape)).contains(Shape.TIME_SERIES);
        assertThat(RedisFamily.of("info")).isEmpty();
        assertThat(RedisFamily.writes("xadd")).isTrue();
        assertThat(RedisFamily.writes("get")).isFalse();
    }
}
