package dev.polyglot.bench.neo4j;

import dev.polyglot.bench.embedded.ChildProcesses;
import dev.polyglot.bench.embedded.DirectoryTree;
import dev.polyglot.bench.embedded.LoopbackPort;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Neo4j for {@code --embedded}: the community server's own main ({@code CommunityEntryPoint}) as a child JVM from the
 * jars {@link Neo4jServerJars} finds, with a 512 MB heap, Bolt on a free loopback port, no auth, and its home (config,
 * data, logs) in a new temporary directory. The JVM runs under a small {@code sh} watchdog that stops it, and deletes
 * the home, when this JVM goes away without {@link #close()} (killed, say), so no orphan outlives a run; {@link #close()}
 * stops it (SIGTERM: Neo4j shuts down cleanly) and deletes the home.
 */
final class Neo4jChildServer implements EmbeddedServer {
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    static final String HEAP = "512m";
    private static final String MAIN = "org.neo4j.server.CommunityEntryPoint";

    private final Path home;
    private final Endpoint endpoint;
    private final Process watchdog;

    private Neo4jChildServer(Path home, Endpoint endpoint, Process watchdog) {
        this.home = home;
        this.endpoint = endpoint;
        this.watchdog = watchdog;
    }

    /** Starts one, blocking until Bolt answers; EngineUnavailableException saying what to do when it cannot. */
    static EmbeddedServer start(Consumer<String> notes) {
        Path lib = Neo4jServerJars.find(System.getenv(), Neo4jServerJars.codeSource()).orElseThrow(() -> new EngineUnavailableException(
                "--embedded neo4j needs the Neo4j server's jars, found in none of " + Neo4jServerJars.candidates(System.getenv(), Neo4jServerJars.codeSource())
                        + "; build polyglot with mvn package (it copies them), or run scripts/engines.sh up neo4j and bench it without --embedded"));
        Path home;
        int port = LoopbackPort.free();
        try {
            home = Files.createTempDirectory("polyglot-neo4j-");
            Files.createDirectories(home.resolve("conf"));
            Files.writeString(home.resolve("conf/neo4j.conf"), config(home, port));
        } catch (IOException e) {
            throw new EngineUnavailableException("--embedded neo4j could not prepare its directory: " + e.getMessage());
        }
        Process watchdog;
        try {
            // In its own session: Ctrl-C in a terminal reaches the bench, which winds down on a server that still serves.
            watchdog = new ProcessBuilder(ChildProcesses.inOwnSession(List.of("sh", "-c", watchdogScript(), "neo4j-watchdog",
                    Long.toString(ProcessHandle.current().pid()), home.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    lib + "/*", MAIN)))
                    .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            deleteQuietly(home);
            throw new EngineUnavailableException("--embedded neo4j could not start java: " + e.getMessage());
        }
        Neo4jChildServer server = new Neo4jChildServer(home, new Endpoint("127.0.0.1", port, Optional.empty(), Optional.empty(), Optional.empty()), watchdog);
        try {
            server.awaitBolt();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The shared neo4j.conf with this server's home and Bolt address filled in. */
    static String config(Path home, int port) throws IOException {
        try (InputStream in = Neo4jChildServer.class.getResourceAsStream("neo4j.conf")) {
            if (in == null) throw new IOException("neo4j.conf is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@HOME@", home.toString()).replace("@BOLT@", "127.0.0.1:" + port);
        }
    }

    /**
     * Positional arguments: owner pid, home, java, class path, main. Runs the server in the background, then waits
     * while both the owner and the server live; a TERM (close) or the owner's death stops the server; an owner that
     * died leaves the home to be deleted here.
     */
    static String watchdogScript() {
        return "owner=$1 home=$2; \"$3\" -Xms" + HEAP + " -Xmx" + HEAP + " -XX:+UseG1GC -XX:ActiveProcessorCount=2 -cp \"$4\" \"$5\""
                + " --home-dir=\"$home\" --config-dir=\"$home/conf\" </dev/null & server=$!;"
                + " trap 'kill $server 2>/dev/null; wait $server; exit 0' TERM;"
                + " while kill -0 \"$owner\" 2>/dev/null && kill -0 $server 2>/dev/null; do sleep 1; done;"
                + " kill $server 2>/dev/null; wait $server;"
                + " if ! kill -0 \"$owner\" 2>/dev/null; then rm -rf \"$home\"; fi";
    }

    private void awaitBolt() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!watchdog.isAlive()) {
                String log = tail(home.resolve("logs/neo4j.log")) + " " + tail(home.resolve("stdout.log"));
                throw new EngineUnavailableException("--embedded neo4j exited while starting: " + log.strip());
            }
            try {
                Neo4jBinding.connect(endpoint).close();
                return;
            } catch (EngineUnavailableException notYet) {
                sleep(500);
            }
        }
        throw new EngineUnavailableException("--embedded neo4j did not answer on " + endpoint + " within " + READY_TIMEOUT.toSeconds() + " s");
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

    private static void deleteQuietly(Path dir) {
        try {
            DirectoryTree.delete(dir);
        } catch (IOException e) {
            // a temporary directory left behind; nothing runs from it any more
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("--embedded neo4j: interrupted while waiting for it to start");
        }
    }
}
