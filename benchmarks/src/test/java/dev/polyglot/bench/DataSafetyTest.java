package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;

/**
 * The bench touches nothing outside its namespace: unrelated data in every engine is byte-identical after a run,
 * after a kept run and its reuse, and after runs whose connections were killed mid-run.
 */
@LiveEngineTest
class DataSafetyTest {
    static Map<String, String> before;

    @BeforeAll static void fill() throws Exception {
        UnrelatedData.fill();
        before = UnrelatedData.fingerprint();
    }

    @AfterAll static void remove() throws Exception { UnrelatedData.remove(); }

    @ParameterizedTest
    @MethodSource("dev.polyglot.bench.LocalEngines#engines")
    void aRunLeavesUnrelatedDataByteIdentical(Engine engine) throws Exception {
        ShortRuns.run(ShortRuns.request(engine, engine.defaultShape(), ShortRuns.plan(OptionalDouble.of(50), Duration.ofSeconds(1), 2, 0.5), false), new RunControl());

        assertThat(UnrelatedData.fingerprint()).isEqualTo(before);
        assertThat(EveryShapeTest.namespaceExists(engine)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("dev.polyglot.bench.LocalEngines#engines")
    void aKeptDataSetIsReusedAndThenRemoved(Engine engine) throws Exception {
        var plan = ShortRuns.plan(OptionalDouble.of(50), Duration.ofMillis(500), 1, 1.0);
        BenchResult first = ShortRuns.run(ShortRuns.request(engine, engine.defaultShape(), plan, true), new RunControl());
        BenchResult second = ShortRuns.run(ShortRuns.request(engine, engine.defaultShape(), plan, false), new RunControl());

        assertThat(first.load().reused()).isFalse();
        assertThat(second.load().reused()).isTrue();
        assertThat(EveryShapeTest.namespaceExists(engine)).isFalse();
        assertThat(UnrelatedData.fingerprint()).isEqualTo(before);
    }

    @Test
    void aPostgresRunWhoseConnectionsAreKilledStopsEarlyAndLeavesUnrelatedDataIntact() throws Exception {
        BenchResult result = runAndCut(PostgresDriver.ENGINE, () -> {
            try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'polyglot-bench' AND pid <> pg_backend_pid()");
            }
        });
        assertThat(result.run().aborted()).hasValueSatisfying(r -> assertThat(r).contains("connection"));
        assertThat(result.run().measuredSeconds()).isLessThan(8);
        assertThat(UnrelatedData.fingerprint()).isEqualTo(before);
        assertThat(EveryShapeTest.namespaceExists(PostgresDriver.ENGINE)).isFalse();
    }

    @Test
    void aRedisRunWhoseConnectionsAreKilledStopsEarlyAndLeavesUnrelatedDataIntact() throws Exception {
        BenchResult result = runAndCut(RedisDriver.ENGINE, () -> {
            try (Jedis jedis = LocalEngines.redis()) {
                for (String line : jedis.clientList().split("\n")) {
                    if (line.contains(" name=polyglot-bench ")) jedis.clientKill(line.replaceFirst(".*\\baddr=(\\S+).*", "$1").trim());
                }
            }
        });
        assertThat(result.run().aborted()).hasValueSatisfying(r -> assertThat(r).contains("connection"));
        assertThat(UnrelatedData.fingerprint()).isEqualTo(before);
        assertThat(EveryShapeTest.namespaceExists(RedisDriver.ENGINE)).isFalse();
    }

    interface Cut { void run() throws Exception; }

    /** Starts a 10 s run, cuts its connections once it is under way, and returns what the run reported. */
    private static BenchResult runAndCut(Engine engine, Cut cut) throws Exception {
        RunControl control = new RunControl();
        var run = CompletableFuture.supplyAsync(() -> ShortRuns.run(
                ShortRuns.request(engine, Shape.POINT_LOOKUP, ShortRuns.plan(OptionalDouble.of(100), Duration.ofSeconds(10), 2, 0.5), false), control));
        Thread.sleep(1_500);
        cut.run();
        return run.get(30, TimeUnit.SECONDS);
    }

}
