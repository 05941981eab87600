package dev.polyglot.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.Endpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A load client the project did not write (pgbench, redis-benchmark), run as a process in a directory of its own,
 * with the address and credentials of an {@link Endpoint} in the environment the client reads.
 */
final class ExternalClient implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ExternalClient(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code command} in {@code dir}, its standard output and error going to {@code dir/output.txt}. */
    static ExternalClient start(Path dir, Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.txt").toFile());
        pb.environment().putAll(env);
        return new ExternalClient(pb.start(), dir.resolve("output.txt"));
    }

    /** Runs {@code command} to the end and returns what it printed, failing the test if it fails. */
    static String run(Path dir, Map<String, String> env, List<String> command) throws Exception {
        try (ExternalClient c = start(dir, env, command)) {
            return c.finish();
        }
    }

    /** The libpq environment for an endpoint, with {@code options} as PGOPTIONS (e.g. a search_path). */
    static Map<String, String> libpq(Endpoint e, String options) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("PGHOST", e.host(), "PGPORT", String.valueOf(e.port()), "PGOPTIONS", options));
        e.user().ifPresent(u -> env.put("PGUSER", u));
        e.password().ifPresent(p -> env.put("PGPASSWORD", p));
        e.database().ifPresent(d -> env.put("PGDATABASE", d));
        return env;
    }

    /** Waits for the client to exit (at most two minutes) and returns its output; fails on a non-zero exit. */
    String finish() throws Exception {
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the client finished").isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    @Override public void close() {
        if (process.isAlive()) process.destroy();
    }

    /**
     * Transactions per script number that pgbench's per-transaction log ({@code -l}) shows completing inside
     * {@code [start, end]}: its fields are client, transaction, elapsed µs, script, epoch seconds, µs.
     */
    static Map<Integer, Long> pgbenchCompletions(Path dir, Instant start, Instant end) throws IOException {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        List<Path> logs = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith("pgbench_log.")).forEach(logs::add);
        }
        assertThat(logs).as("pgbench wrote its transaction log").isNotEmpty();
        for (Path log : logs) {
            for (String line : Files.readAllLines(log)) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 6) continue;
                Instant done = Instant.ofEpochSecond(Long.parseLong(f[4]), Long.parseLong(f[5]) * 1000);
                if (!done.isBefore(start) && !done.isAfter(end)) counts.merge(Integer.parseInt(f[3]), 1L, Long::sum);
            }
        }
        return counts;
    }
}
