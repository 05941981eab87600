package dev.polyglot.bench.profile;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.redis.RedisDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.redis.RedisBinding;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/**
 * redis-benchmark, Redis's own load client, runs SET, GET, INCR, LPUSH and LRANGE in database {@value #DB} while
 * the profiler samples; the whole run falls inside the profiler's window, so the client's own report of requests
 * completed per test is its count in that window. The draft must have one workload per key family the benchmark
 * uses (key:*, counter:*, mylist) with the commands of each, rates within 5% of the client's, and latencies.
 */
@LiveEngineTest
class RedisBenchmarkProfileTest {
    /** A database of its own: redis-benchmark's key names (key:*, counter:*, mylist ...) are generic. */
    static final int DB = 11;
    static final int REQUESTS = 5000;
    static final List<String> BENCHMARK_KEYS = List.of("key:*", "counter:*", "mylist", "myset", "myhash", "myzset", "mylist:*");

    @TempDir static Path dir;
    private static String yaml;
    private static Map<String, Workload> draft;
    private static Map<String, Long> completed;
    private static double seconds;

    private static Endpoint endpoint() {
        return Engines.endpoint(RedisDriver.ENGINE, Optional.of("redis://127.0.0.1:6379/" + DB), System.getenv());
    }

    @BeforeAll
    static void profileWhileRedisBenchmarkRuns() throws Exception {
        deleteBenchmarkKeys();
        CompletableFuture<Draft> profile = CompletableFuture.supplyAsync(() -> {
            try {
                return Engines.profiler(RedisDriver.ENGINE, ProfileSource.AUTO).profile(new ProfileRequest(RedisDriver.ENGINE, endpoint(), Duration.ofSeconds(4), Optional.empty(), "bench", ProfileSource.AUTO));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1200);  // the first reading is taken
        Instant started = Instant.now();
        String report = ExternalClient.run(dir, Map.of(), List.of("redis-benchmark", "-h", endpoint().host(), "-p", String.valueOf(endpoint().port()),
                "--dbnum", String.valueOf(DB), "-n", String.valueOf(REQUESTS), "-r", "1000", "-c", "4", "-P", "10", "-t", "set,get,incr,lpush,lrange_100"));
        Instant finished = Instant.now();
        Draft d = profile.get();
        SampleWindow window = d.window().orElseThrow();
        assertThat(window.start()).as("the benchmark started after the first reading").isBefore(started);
        assertThat(window.end()).as("the benchmark finished before the second reading").isAfter(finished);
        completed = completedPerTest(report);
        seconds = window.seconds();
        yaml = DraftYaml.render(d);
        draft = ProfileTesting.parse(yaml);
    }

    /** {@code ====== SET ======} followed by {@code 5000 requests completed in 0.05 seconds}, per test. */
    private static Map<String, Long> completedPerTest(String report) {
        Map<String, Long> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("====== (.+?) ======\\s+(\\d+) requests completed").matcher(report.replace('\r', '\n'));
        while (m.find()) out.merge(m.group(1).split(" ")[0], Long.parseLong(m.group(2)), Long::sum);
        return out;
    }

    @AfterAll
    static void dropTheBenchmarkKeys() {
        deleteBenchmarkKeys();
    }

    private static void deleteBenchmarkKeys() {
        try (Jedis j = RedisBinding.connect(endpoint())) {
            for (String glob : BENCHMARK_KEYS) {
                String cursor = ScanParams.SCAN_POINTER_START;
                do {
                    var page = j.scan(cursor, new ScanParams().match(glob).count(1000));
                    cursor = page.getCursor();
                    if (!page.getResult().isEmpty()) j.del(page.getResult().toArray(String[]::new));
                } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            }
        }
    }

    private double clientRate(String... tests) {
        long n = 0;
        for (String t : tests) n += completed.getOrDefault(t, 0L);
        return n / seconds;
    }

    @Test
    void theClientReportedEveryTest() {
        assertThat(completed).as("redis-benchmark's report").containsEntry("SET", (long) REQUESTS).containsEntry("GET", (long) REQUESTS)
                .containsEntry("INCR", (long) REQUESTS).containsEntry("LPUSH", 2L * REQUESTS).containsEntry("LRANGE_100", (long) REQUESTS);
    }

    @Test
    void oneWorkloadPerKeyFamilyWithItsOwnCommands() {
        assertThat(draft.keySet()).as(yaml).containsExactlyInAnyOrder("redis key:*", "redis counter:*", "redis mylist");
        assertThat(draft.get("redis key:*").shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(draft.get("redis key:*").readRatio()).isCloseTo(0.5, within(0.02));
        assertThat(draft.get("redis counter:*").readRatio()).isZero();
        assertThat(draft.get("redis mylist").shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(draft.get("redis mylist").readRatio()).isCloseTo(1 / 3.0, within(0.02));
        assertThat(draft.values()).allSatisfy(w -> assertThat(w.durability()).isEqualTo(Durability.DURABLE));
        assertThat(draft.get("redis key:*").records().orElseThrow()).isBetween(900L, 1000L);  // -r 1000: random ids of 1000
    }

    @Test
    void ratesAreWithinFivePercentOfTheClientsCount() {
        assertThat(draft.get("redis key:*").opsPerSec()).as(yaml).isCloseTo(clientRate("SET", "GET"), withinPercentage(5));
        assertThat(draft.get("redis counter:*").opsPerSec()).as(yaml).isCloseTo(clientRate("INCR"), withinPercentage(5));
        assertThat(draft.get("redis mylist").opsPerSec()).as(yaml).isCloseTo(clientRate("LPUSH", "LRANGE_100"), withinPercentage(5));
    }

    @Test
    void eachFamilyStatesTheLatencyRedisObserved() {
        assertThat(yaml).contains("GET p50 ", "SET p50 ", "INCR p50 ", "LRANGE p50 ");
        int observed = yaml.split("# observed: INFO latencystats \\(exact", -1).length - 1;
        assertThat(observed).isEqualTo(3);
        assertThat(yaml.split("# TODO: set your budget \\(suggested: twice the observed p99", -1).length - 1).isEqualTo(3);
    }
}
