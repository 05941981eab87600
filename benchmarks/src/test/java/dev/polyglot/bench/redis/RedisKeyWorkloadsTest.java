package dev.polyglot.bench.redis;

import dev.polyglot.bench.profile.DraftWorkload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands given to key families: by type, counting commands to int-encoded families, the rest split by touched keys. */
class RedisKeyWorkloadsTest {
    private static final RedisKeySample.Family KEYS = new RedisKeySample.Family("key:*", "string", 100, 0, 0, 100, 100, 8_000);
    private static final RedisKeySample.Family COUNTERS = new RedisKeySample.Family("counter:*", "string", 100, 0, 100, 100, 100, 6_000);
    private static final RedisKeySample.Family SESSIONS = new RedisKeySample.Family("session:*", "string", 100, 80, 0, 100, 25, 20_000);
    private static final RedisKeySample.Family LIST = new RedisKeySample.Family("mylist", "list", 1, 0, 0, 1, 1, 50_000);

    @Test
    void eachFamilyGetsTheCommandsOfItsTypeAsAnEngineerWouldSplitThem() {
        RedisKeySample sample = new RedisKeySample(Map.of("a", KEYS, "b", COUNTERS, "c", SESSIONS, "d", LIST), true, 301);
        List<String> notes = new ArrayList<>();
        List<DraftWorkload> drafted = RedisKeyWorkloads.of(sample, Map.of("get", 1000L, "set", 1000L, "incr", 500L, "lpush", 300L, "lrange", 100L,
                "xadd", 5L, "ping", 9L), Map.of("get", new double[] {2, 21, 80}, "set", new double[] {3, 30, 90}), 301, 2, notes);
        Map<String, DraftWorkload> byName = new java.util.HashMap<>();
        drafted.forEach(w -> byName.put(w.name(), w));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("redis key:*", "redis counter:*", "redis session:*", "redis mylist");
        // GET and SET go to the non-counter strings, split 100:25 by keys touched in the sample; INCR to the counters alone.
        assertThat(byName.get("redis key:*").opsPerSec().perSecond()).isCloseTo(2000 * 0.8 / 2, within(1e-6));
        assertThat(byName.get("redis session:*").opsPerSec().perSecond()).isCloseTo(2000 * 0.2 / 2, within(1e-6));
        assertThat(byName.get("redis counter:*").opsPerSec().perSecond()).isEqualTo(250);
        assertThat(byName.get("redis counter:*").readRatio()).isZero();
        assertThat(byName.get("redis key:*").readRatio()).isEqualTo(0.5);
        assertThat(byName.get("redis session:*").durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(byName.get("redis session:*").workingSet().orElseThrow().bytes()).as("the touched quarter").isEqualTo(5_000);
        assertThat(byName.get("redis mylist").shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(byName.get("redis mylist").readRatio()).isEqualTo(0.25);
        assertThat(byName.get("redis key:*").latency().orElseThrow().p99Ms()).as("the slower command's p99").isEqualTo(0.03);
        assertThat(notes).anyMatch(n -> n.startsWith("XADD: 5 calls on stream keys, but no sampled key in scope is one"));
    }
}
