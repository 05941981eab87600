package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;

/** Every shape on every engine that supports it, against the real local engines: reads and writes succeed, the namespace goes. */
@LiveEngineTest
class EveryShapeTest {
    static Stream<Arguments> shapes() {
        return LocalEngines.engines().flatMap(e -> e.shapes().stream().sorted().map(s -> Arguments.of(e, s)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shapes")
    void runsReadsAndWritesWithoutErrorsAndRemovesItsNamespace(Engine engine, Shape shape) throws Exception {
        BenchResult result = ShortRuns.run(ShortRuns.request(engine, shape, ShortRuns.plan(OptionalDouble.of(40), Duration.ofMillis(1500), 2, 0.5), false),
                new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().operations()).isGreaterThan(30);
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.verdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(result.load().records()).isEqualTo(2_000);
        assertThat(namespaceExists(engine)).as("namespace left behind").isFalse();
    }

    static boolean namespaceExists(Engine engine) throws Exception {
        return switch (engine.id()) {
            case "postgres" -> {
                try (Connection c = LocalEngines.postgres();
                     ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM pg_namespace WHERE nspname = 'polyglot_bench'")) {
                    yield rs.next();
                }
            }
            case "redis" -> {
                try (Jedis jedis = LocalEngines.redis()) {
                    String cursor = "0";
                    boolean found = false;
                    do {
                        var page = jedis.scan(cursor, new ScanParams().match("polyglot:bench:*").count(1_000));
                        found |= !page.getResult().isEmpty();
                        cursor = page.getCursor();
                    } while (!cursor.equals("0"));
                    yield found;
                }
            }
            case "clickhouse" -> !LocalEngines.clickhouse("SELECT count() FROM system.databases WHERE name = 'polyglot_bench'").trim().equals("0");
            default -> throw new IllegalArgumentException("no side door into " + engine);
        };
    }
}
