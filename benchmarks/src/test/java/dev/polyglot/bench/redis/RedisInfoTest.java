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
    void readsLatencyPercentilesAndServerFields() {
        String stats = "# Latencystats\r\nlatency_percentiles_usec_get:p50=2.007,p99=21.119,p99.9=83.455\r\n"
                + "latency_percentiles_usec_client|list:p50=1,p99=2,p99.9=3\r\n";
        assertThat(RedisInfo.latencies(stats)).containsOnlyKeys("get");
        assertThat(RedisInfo.latencies(stats).get("get")).containsExactly(2.007, 21.119, 83.455);
        assertThat(RedisInfo.text("# Server\r\nrun_id:abc123\r\n", "run_id")).isEqualTo("abc123");
    }

    @Test
    void commandsMapToTheirKeyTypeShapeAndWrites() {
        assertThat(RedisCommands.type("GET")).contains("string");
        assertThat(RedisCommands.type("zrangebyscore").map(RedisCommands::shape)).contains(Shape.RANGE_SCAN);
        assertThat(RedisCommands.type("ts.add").map(RedisCommands::shape)).contains(Shape.TIME_SERIES);
        assertThat(RedisCommands.type("info")).isEmpty();
        assertThat(RedisCommands.writes("xadd")).isTrue();
        assertThat(RedisCommands.writes("get")).isFalse();
        assertThat(RedisCommands.counts("incrby")).isTrue();
    }

    @Test
    void keyNamesBecomeFamilyPatterns() {
        assertThat(KeyPattern.of("key:000000000123")).isEqualTo("key:*");
        assertThat(KeyPattern.of("session:8f3a9c2e-1b2d-4e5f-9a0b-123456789abc")).isEqualTo("session:*");
        assertThat(KeyPattern.of("cart:42:items")).isEqualTo("cart:*:items");
        assertThat(KeyPattern.of("mylist")).isEqualTo("mylist");
        assertThat(KeyPattern.of("app/users/77/profile")).isEqualTo("app/users/*/profile");
    }
}
