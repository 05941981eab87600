package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Maven-provided server (Neo4j, Cassandra, OpenSearch) for {@code --embedded}: a child JVM with its home (config, data,
 * logs, and its working directory) in a temporary directory, listening on loopback, as this JVM's user or, for an
 * engine that refuses root, as the {@link ServerUser} given. The JVM runs under a small {@code sh} watchdog, in its own session, that
 * stops it, and deletes the home, when this JVM goes away without {@link #close()} (killed, say), so no orphan outlives
 * a run; {@link #close()} stops it (SIGTERM, then SIGKILL after {@link #STOP_TIMEOUT}) and deletes the home.
 */
public final class ChildJvmServer implements EmbeddedServer {
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final String engine;
    private final Path home;
    private final Endpoint endpoint;
    private final Process watchdog;

    private ChildJvmServer(String engine, Path home, Endpoint endpoint, Process watchdog) {
        this.engine = engine;
        this.home = home;
        this.endpoint = endpoint;
        this.watchdog = watchdog;
    }

    /**
     * Starts {@code java JVM_ARGS...} (this JVM's java) as {@code user} in {@code home}, with its output in
     * {@code HOME/stdout.log}, blocking until {@code answers} accepts the endpoint; on failure the child is stopped and
     * {@code home} deleted.
     *
     * @param engine   the engine's id, for messages
     * @param home     a new temporary directory the server owns, deleted at the end
     * @param endpoint where it will listen
     * @param user     who the JVM runs as (the watchdog stays this JVM's user, so it can always stop it and delete the home)
     * @param jvmArgs  everything after {@code java}: flags, class path, main class, its arguments
     * @param ready    at most this long to wait
     * @param answers  whether the server answers at the endpoint yet (false, not an exception, while it does not)
     * @param logs     logs under {@code home} whose last lines explain a server that exited while starting
     * @throws EngineUnavailableException when it exits or does not answer in time
     */
    public static ChildJvmServer start(String engine, Path home, Endpoint endpoint, ServerUser user, List<String> jvmArgs, StartTimeout ready,
                                       Predicate<Endpoint> answers, List<Path> logs) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(jvmArgs);
        List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, engine + "-watchdog", Long.toString(ProcessHandle.current().pid()),
                home.toString()));
        command.addAll(user.command(java));
        Process watchdog;
        try {
            // In its own session: Ctrl-C in a terminal reaches the bench, which winds down on a server that still serves.
            // Its working directory is the home: relative paths in a server's own JVM options (OpenSearch's GC log) land there.
            watchdog = new ProcessBuilder(ChildProcesses.inOwnSession(command)).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            deleteQuietly(home);
            throw new EngineUnavailableException("--embedded " + engine + " could not start java: " + e.getMessage());
        }
        ChildJvmServer server = new ChildJvmServer(engine, home, endpoint, watchdog);
        try {
            server.await(ready, answers, logs);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Positional arguments: owner pid, home, then the server's command. Runs the server in the background, then waits
     * while both the owner and the server live; a TERM (close) or the owner's death stops the server; an owner that
     * died leaves the home to be deleted here.
     */
    static final String WATCHDOG = "owner=$1 home=$2; shift 2; \"$@\" </dev/null & server=$!;"
            + " trap 'kill $server 2>/dev/null; wait $server; exit 0' TERM;"
            + " while kill -0 \"$owner\" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done;"
            + " kill $server 2>/dev/null; wait $server;"
            + " if ! kill -0 \"$owner\" 2>/dev/null; then rm -rf \"$home\"; fi";

    private void await(StartTimeout ready, Predicate<Endpoint> answers, List<Path> logs) {
        long deadline = System.nanoTime() + ready.limit().toNanos();
        while (System.nanoTime() < deadline) {
            if (!watchdog.isAlive()) {
                String why = logs.stream().map(ChildProcesses::tail).filter(t -> !t.startsWith("(no log")).reduce((a, b) -> a + " " + b).orElse("");
                throw new EngineUnavailableException("--embedded " + engine + " exited while starting: " + why.strip());
            }
            if (answers.test(endpoint)) return;
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineUnavailableException("--embedded " + engine + ": interrupted while waiting for it to start");
            }
        }
        throw new EngineUnavailableException("--embedded " + engine + " did not answer on " + endpoint + " within " + ready.limit().toSeconds() + " s"
                + " (a loaded machine starts it slower); run scripts/engines.sh up " + engine + " and bench it without --embedded");
    }

    @Override public Endpoint endpoint() { return endpoint; }

    @Override public Optional<Path> dataDirectory() { return Optional.of(home); }

    @Override public void close() {
        if (watchdog.isAlive()) {
            watchdog.destroy();  // SIGTERM: the watchdog stops the server and waits for it
            try {
                if (!watchdog.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    watchdog.descendants().forEach(ProcessHandle::destroyForcibly);
                    watchdog.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteQuietly(home);
    }

    /**
     * A text file packaged beside {@code owner} (an engine's shared configuration, copied from {@code scripts/ENGINE}).
     *
     * @throws IOException when it is missing from the class path
     */
    public static String resource(Class<?> owner, String name) throws IOException {
        try (java.io.InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) throw new IOException(name + " is missing from the class path");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Deletes a home that no server runs from any more; one left behind is only a temporary directory. */
    public static void deleteQuietly(Path dir) {
        try {
            DirectoryTree.delete(dir);
        } catch (IOException e) {
            // a temporary directory left behind; nothing runs from it any more
        }
    }

    /** A new temporary home named {@code polyglot-ENGINE-...}; EngineUnavailableException when it cannot be made. */
    public static Path newHome(String engine) {
        try {
            return Files.createTempDirectory("polyglot-" + engine + "-");
        } catch (IOException e) {
            throw new EngineUnavailableException("--embedded " + engine + " could not prepare its directory: " + e.getMessage());
        }
    }
}
