package dev.polyglot.bench.redis;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.DraftYaml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.profile.ProfileTesting;
import dev.polyglot.bench.redis.RedisBinding;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.bench.LiveEngineTest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.XAddParams;

/**
 * Against the local Redis: strings (half of them with a TTL), sorted sets and a stream under {@value #PREFIX}, the
 * strings read while the profiler samples; the draft scoped to that prefix has one workload for the key family the
 * reads touched, with its keys counted, and names the idle families in its notes.
 */
@LiveEngineTest
class RedisProfilerTest {
    static final String PREFIX = "polyglot:profile-test:";
    static final String STRINGS = "redis " + PREFIX + "s:*";
    private static Map<String, Workload> draft;
    private static String yaml;

    @BeforeAll
    static void createActivityThenProfile() throws Exception {
        try (Jedis j = RedisBinding.connect(ProfileTesting.local(RedisDriver.ENGINE))) {
            deleteOurKeys(j);
            for (int i = 0; i < 50; i++) {
                if (i % 2 == 0) j.setex(PREFIX + "s:" + i, 600, "v" + i); else j.set(PREFIX + "s:" + i, "v" + i);
            }
            for (int z = 0; z < 5; z++) {
                for (int m = 0; m < 10; m++) j.zadd(PREFIX + "z:" + z, m, "m" + m);
                j.zrange(PREFIX + "z:" + z, 0, 4);
            }
            for (int x = 0; x < 20; x++) j.xadd(PREFIX + "stream", XAddParams.xAddParams(), Map.of("v", "" + x));
        }
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try (Jedis j = RedisBinding.connect(ProfileTesting.local(RedisDriver.ENGINE))) {
                for (int i = 0; reading.get(); i++) j.get(PREFIX + "s:" + i % 50);
            }
        });
        reader.start();
        try {
            yaml = DraftYaml.render(Engines.profiler(RedisDriver.ENGINE, ProfileSource.AUTO).profile(new ProfileRequest(RedisDriver.ENGINE, ProfileTesting.local(RedisDriver.ENGINE), Duration.ofSeconds(1),
                    Optional.of(PREFIX + "*"), "test", ProfileSource.AUTO)));
            draft = ProfileTesting.parse(yaml);
        } finally {
            reading.set(false);
            reader.join();
        }
    }

    @AfterAll
    static void dropKeys() {
        try (Jedis j = RedisBinding.connect(ProfileTesting.local(RedisDriver.ENGINE))) {
            deleteOurKeys(j);
        }
    }

    private static void deleteOurKeys(Jedis j) {
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = j.scan(cursor, new ScanParams().match(PREFIX + "*").count(1000));
            cursor = page.getCursor();
            if (!page.getResult().isEmpty()) j.del(page.getResult().toArray(String[]::new));
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    @Test
    void theFamilyTheReadsTouchedIsAWorkloadAndTheIdleOnesAreNoted() {
        assertThat(draft.keySet()).as(yaml).containsExactly(STRINGS);
        Workload strings = draft.get(STRINGS);
        assertThat(strings.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(strings.records()).hasValue(50);
        assertThat(strings.workingSet().orElseThrow().bytes()).isPositive();
        assertThat(yaml).contains("Idle in the sample (no command of its type ran): " + PREFIX + "z:* (zset, 5 keys)",
                "Idle in the sample (no command of its type ran): " + PREFIX + "stream (stream, 1 keys)");
    }

    @Test
    void theReadsDuringTheSampleGiveARateLatencyAndHalfTheKeysExpiring() {
        Workload strings = draft.get(STRINGS);
        assertThat(strings.opsPerSec()).isGreaterThan(10);  // the reader thread alone runs hundreds of GETs a second
        assertThat(strings.readRatio()).isEqualTo(1.0);
        assertThat(strings.durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(strings.consistency()).isEqualTo(Consistency.EVENTUAL);
        assertThat(yaml).contains("# observed: INFO latencystats (exact", "GET p50 ", "25 of them with a TTL: durability ephemeral");
    }
}
