package dev.polyglot.bench.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.profile.ProfileTesting;
import dev.polyglot.bench.redis.RedisBinding;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.XAddParams;

/**
 * Against the local Redis: strings (half of them with a TTL), sorted sets and a stream under {@value #PREFIX}, read
 * while the profiler samples; the draft scoped to that prefix has one workload per family with its keys counted.
 */
@dev.polyglot.bench.LiveEngineTest
class RedisProfilerTest {
    static final String PREFIX = "polyglot:profile-test:";
    private static Map<String, Workload> draft;

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
            draft = ProfileTesting.profile(RedisDriver.ENGINE, PREFIX + "*");
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
    void oneWorkloadPerFamilyWithTheMatchingKeysCounted() {
        assertThat(draft.keySet()).containsExactlyInAnyOrder("redis key-value commands", "redis sorted-set and list ranges", "redis streams and time series");
        Workload kv = draft.get("redis key-value commands");
        assertThat(kv.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(kv.records()).hasValue(50);
        assertThat(kv.workingSet().orElseThrow().bytes()).isPositive();
        assertThat(draft.get("redis sorted-set and list ranges").shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(draft.get("redis sorted-set and list ranges").records()).hasValue(5);
        assertThat(draft.get("redis streams and time series").shape()).isEqualTo(Shape.TIME_SERIES);
        assertThat(draft.get("redis streams and time series").records()).hasValue(1);
    }

    @Test
    void theReadsDuringTheSampleGiveARateAndHalfTheKeysExpiring() {
        Workload kv = draft.get("redis key-value commands");
        assertThat(kv.opsPerSec()).isGreaterThan(10);  // the reader thread alone runs hundreds of GETs a second
        assertThat(kv.readRatio()).isPositive();
        assertThat(kv.durability()).isEqualTo(Durability.EPHEMERAL);
        assertThat(draft.get("redis sorted-set and list ranges").durability()).isEqualTo(Durability.DURABLE);
        assertThat(draft.values()).allSatisfy(w -> assertThat(w.consistency()).isEqualTo(Consistency.EVENTUAL));
    }
}
