package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.LocalEngines;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.Jedis;

/** A second {@code polyglot bench} against an engine whose namespace another run holds: exit 3, one message, the holder's data intact. */
@dev.polyglot.bench.LiveEngineTest
class BenchClaimTest {
    @ParameterizedTest
    @MethodSource("dev.polyglot.bench.LocalEngines#engines")
    void aSecondRunWhileTheNamespaceIsClaimedIsExit3AndTouchesNothing(Engine engine) throws Exception {
        Claimant holder = Claimant.current();
        CliRun second = new CliRun();
        try (NamespaceClaim held = Engines.driver(engine).claim(LocalEngines.endpoint(engine), holder)) {
            putHeldData(engine);
            int exit = second.run("bench", "--engine", engine.id(), "--duration", "1s", "--warmup", "0s", "--records", "1000", "--connections", "1");

            assertThat(exit).isEqualTo(ExitCode.ENVIRONMENT);
            assertThat(second.err.toString().strip())
                    .startsWith("polyglot bench: another polyglot bench is running against " + engine.id() + " at " + LocalEngines.endpoint(engine))
                    .contains("its claim: " + holder.process() + ", since ")
                    .doesNotContain("Exception", "\tat ", "\n");
            assertThat(second.out.toString()).isEmpty();
            assertThat(heldData(engine)).isEqualTo("held");
        } finally {
            removeHeldData(engine);
        }
    }

    private static void putHeldData(Engine engine) throws Exception {
        switch (engine.id()) {
            case "postgres" -> {
                try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS polyglot_bench");
                    st.execute("CREATE TABLE polyglot_bench.held (v text)");
                    st.execute("INSERT INTO polyglot_bench.held VALUES ('held')");
                }
            }
            case "redis" -> {
                try (Jedis jedis = LocalEngines.redis()) { jedis.set("polyglot:bench:held", "held"); }
            }
            case "clickhouse" -> {
                LocalEngines.clickhouse("CREATE TABLE polyglot_bench.held (v String) ENGINE = Log");
                LocalEngines.clickhouse("INSERT INTO polyglot_bench.held VALUES ('held')");
            }
            default -> throw new IllegalArgumentException("no side door into " + engine);
        }
    }

    private static String heldData(Engine engine) throws Exception {
        return switch (engine.id()) {
            case "postgres" -> {
                try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT v FROM polyglot_bench.held")) {
                    yield rs.next() ? rs.getString(1) : "";
                }
            }
            case "redis" -> {
                try (Jedis jedis = LocalEngines.redis()) { yield jedis.get("polyglot:bench:held"); }
            }
            case "clickhouse" -> LocalEngines.clickhouse("SELECT v FROM polyglot_bench.held").strip();
            default -> throw new IllegalArgumentException("no side door into " + engine);
        };
    }

    private static void removeHeldData(Engine engine) throws Exception {
        switch (engine.id()) {
            case "postgres" -> {
                try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS polyglot_bench CASCADE");
                }
            }
            case "redis" -> {
                try (Jedis jedis = LocalEngines.redis()) { jedis.del("polyglot:bench:held"); }
            }
            case "clickhouse" -> LocalEngines.clickhouse("DROP DATABASE IF EXISTS polyglot_bench");
            default -> throw new IllegalArgumentException("no side door into " + engine);
        }
    }
}
