package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a run: the bench stops, removes its schema, keeps partial results, and leaves other data alone. */
@dev.polyglot.bench.LiveEngineTest
class BenchInterruptTest {
    @Test
    void ctrlCStopsTheRunRemovesTheNamespaceAndKeepsPartialResults(@TempDir Path dir) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS polyglot_unrelated_cli CASCADE; CREATE SCHEMA polyglot_unrelated_cli;"
                    + "CREATE TABLE polyglot_unrelated_cli.t AS SELECT g AS id, md5(g::text) AS v FROM generate_series(1, 300) g");
        }
        String before = fingerprint();
        Path json = dir.resolve("r.json");
        Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.polyglot.cli.Main", "bench", "--engine", "postgres",
                "--rate", "100", "--duration", "30s", "--warmup", "0s", "--records", "1000", "--connections", "2", "--json", json.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        waitForBenchConnections();
        new ProcessBuilder("kill", "-INT", Long.toString(bench.pid())).start().waitFor();

        assertThat(bench.waitFor(20, TimeUnit.SECONDS)).as("stopped soon after Ctrl-C").isTrue();
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("interrupted");
        assertThat(new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("aborted").asText()).isEqualTo("interrupted");
        assertThat(fingerprint()).isEqualTo(before);
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'polyglot_bench'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            st.execute("DROP SCHEMA polyglot_unrelated_cli CASCADE");
        }
    }

    /** Waits until the bench's workers are connected (the run is under way), at most 20 s. */
    private static void waitForBenchConnections() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Connection c = connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'polyglot-bench'")) {
                rs.next();
                if (rs.getInt(1) >= 3) {
                    Thread.sleep(1_000);
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the bench never connected");
    }

    private static String fingerprint() throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT md5(string_agg(t::text, '|' ORDER BY id)) FROM polyglot_unrelated_cli.t t")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + env("PGDATABASE", "polyglot"),
                env("PGUSER", "polyglot"), env("PGPASSWORD", "polyglot"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
