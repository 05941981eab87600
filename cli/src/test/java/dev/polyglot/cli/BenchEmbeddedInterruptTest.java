package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polyglot.bench.embedded.LeftoverChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in a terminal signals the whole foreground process group. With {@code --embedded} the bench must still wind
 * down on a live PostgreSQL (no errors, its namespace removed), and then the server must be stopped and its directory
 * removed. The bench runs in its own session so that the group signal reaches it and not this test's JVM.
 */
@dev.polyglot.bench.LiveEngineTest
class BenchEmbeddedInterruptTest {
    private static final Pattern STARTED = Pattern.compile("embedded postgres on 127\\.0\\.0\\.1:(\\d+), data in (\\S+)");

    @Test
    void ctrlCToTheProcessGroupStopsTheRunCleanlyThenTheEmbeddedServer(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        Path out = dir.resolve("out.txt");
        Process bench = new ProcessBuilder("setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.polyglot.cli.Main", "bench", "--engine", "postgres", "--embedded",
                "--rate", "100", "--duration", "60s", "--warmup", "0s", "--records", "1000", "--connections", "2", "--json", json.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        Matcher started = awaitStarted(out);
        int port = Integer.parseInt(started.group(1));
        Path data = Path.of(started.group(2));
        awaitBenchConnections(port);

        // setsid execs in place, so the bench's pid leads its own process group, as a shell job does.
        new ProcessBuilder("kill", "-INT", "--", "-" + bench.pid()).start().waitFor();

        assertThat(bench.waitFor(30, TimeUnit.SECONDS)).as("stopped soon after Ctrl-C").isTrue();
        String output = Files.readString(out);
        assertThat(output).contains("interrupted").doesNotContain("could not remove the bench namespace");
        JsonNode result = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(result.get("aborted").asText()).isEqualTo("interrupted");
        assertThat(result.get("errors").asLong()).as("postgres kept serving until the bench was done: " + output).isZero();
        assertThat(data).as("the embedded postgres's directory is removed").doesNotExist();
        assertThat(LeftoverChecks.listening(port)).as("the embedded postgres is stopped").isFalse();
        assertThat(LeftoverChecks.processUses(data)).as("no postgres process is left").isFalse();
    }

    /** The bench's note naming the embedded server, at most 60 s after the start (unpacking the binaries the first time). */
    private static Matcher awaitStarted(Path out) throws Exception {
        for (int i = 0; i < 600; i++) {
            Matcher m = STARTED.matcher(Files.exists(out) ? Files.readString(out) : "");
            if (m.find()) return m;
            Thread.sleep(100);
        }
        throw new AssertionError("the embedded postgres never started: " + Files.readString(out));
    }

    /** Waits until the bench's workers are connected to the embedded server (the run is under way), at most 30 s. */
    private static void awaitBenchConnections(int port) throws Exception {
        for (int i = 0; i < 300; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'polyglot-bench'")) {
                rs.next();
                if (rs.getInt(1) >= 2) {
                    Thread.sleep(1_000);
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the bench never connected to the embedded postgres");
    }
}
