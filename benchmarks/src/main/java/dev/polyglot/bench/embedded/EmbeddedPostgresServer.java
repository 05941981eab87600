package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A throw-away PostgreSQL server for one JVM: a fresh cluster ({@code initdb}, user {@code postgres}, trust login)
 * in a new temporary directory, listening on {@code 127.0.0.1:port} only, with fsync off. {@link #close()} stops it
 * with a fast shutdown and deletes the directory, which records its owner (this JVM) so that a later start can
 * reclaim it should this JVM be killed. As root it runs as {@code nobody} (see {@link ServerUser}).
 * If the JVM exits without {@link #close()}, a shutdown hook does the same once the owner has had
 * {@value #OWNER_GRACE_SECONDS} s to close it in order (an interrupted bench first finishes with its connections).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    /** How to start PostgreSQL without --embedded, for messages (this package sits below the engine drivers). */
    static final String POSTGRES_START = "scripts/engines.sh up postgres";

    static final long OWNER_GRACE_SECONDS = 20;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Path bin;
    private final ServerUser user;
    private final int port;
    private final Process server;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook = new Thread(this::stopUnlessClosedInTime, "embedded-postgres-stop");
    private boolean stopped;

    private EmbeddedPostgresServer(Path directory, Path bin, ServerUser user, int port, Process server) {
        this.directory = directory;
        this.bin = bin;
        this.user = user;
        this.port = port;
        this.server = server;
    }

    /**
     * Creates a cluster and starts it on {@code port}, blocking until a JDBC connection succeeds. First reclaims the
     * servers and directories of runs that were killed before they could stop theirs (see {@link OrphanReaper}).
     *
     * @param port  a free loopback TCP port, 1 to 65535
     * @param notes receives one line per orphan reclaimed
     * @throws EngineUnavailableException when this is not Linux x86_64, as root without a way to drop privileges, or
     *                                    when initdb or postgres fail or do not answer within 60 s; the message has the reason
     */
    public static EmbeddedPostgresServer start(int port, Consumer<String> notes) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        String os = System.getProperty("os.name") + "/" + System.getProperty("os.arch");
        if (!os.equals("Linux/amd64")) throw failed("its binaries are built for Linux/amd64 only, this is " + os);
        ServerUser user = ServerUser.forPostgres();
        Path directory = null;
        EmbeddedPostgresServer started = null;
        try {
            Path bin = PostgresBinaries.installed().resolve("bin");
            OrphanReaper.reclaim(Path.of(System.getProperty("java.io.tmpdir")), user, bin, notes);
            directory = Files.createTempDirectory(OrphanReaper.DIRECTORY_PREFIX);
            OwnerRecord.ofThisProcess().writeInto(directory);
            user.own(directory);
            Path data = directory.resolve("data");
            ChildProcesses.run(user.command(List.of(bin.resolve("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                    "--locale=C", "--no-sync", "-D", data.toString())), directory.resolve("initdb.log"));
            Process process = new ProcessBuilder(ChildProcesses.inOwnSession(user.command(List.of(bin.resolve("postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + data,
                    "-c", "fsync=off", "-c", "max_connections=300"))))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("postgres.log").toFile()).start();
            started = new EmbeddedPostgresServer(directory, bin, user, port, process);
            Runtime.getRuntime().addShutdownHook(started.hook);
            started.awaitConnection();
            return started;
        } catch (IOException | RuntimeException e) {
            discard(started, directory);
            throw failed(e.getMessage());
        }
    }

    private static EngineUnavailableException failed(String why) {
        return new EngineUnavailableException("--embedded could not start postgres: " + why
                + " (start a server with " + POSTGRES_START + " and run without --embedded)");
    }

    /** Best-effort clean-up after a failed start: the cause is what the user needs to see, not a second failure. */
    private static void discard(EmbeddedPostgresServer started, Path directory) {
        try {
            if (started != null) started.close();
            else if (directory != null) DirectoryTree.delete(directory);
        } catch (IOException | RuntimeException ignored) {
            // the start failure is reported instead
        }
    }

    /** The TCP port on 127.0.0.1. */
    public int port() { return port; }

    /** The temporary directory holding the cluster ({@code data/}) and the server's logs; gone after {@link #close()}. */
    public Path directory() { return directory; }

    /** Stops the server (fast shutdown: open sessions are ended) and deletes its directory; later calls do nothing. */
    @Override public void close() {
        try {
            stop();
        } finally {
            closed.countDown();
            try { Runtime.getRuntime().removeShutdownHook(hook); } catch (IllegalStateException shuttingDown) { /* the hook is waiting for us */ }
        }
    }

    private synchronized void stop() {
        if (stopped) return;
        stopped = true;
        try {
            if (server.isAlive()) {
                ChildProcesses.run(user.command(List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", directory.resolve("data").toString(), "-m", "fast",
                        "-w", "-t", "30")), directory.resolve("pg_ctl.log"));
            }
        } catch (IOException | RuntimeException e) {
            server.destroyForcibly();
        }
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            DirectoryTree.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the embedded postgres directory " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopUnlessClosedInTime() {
        try {
            if (closed.await(OWNER_GRACE_SECONDS, TimeUnit.SECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    private void awaitConnection() throws IOException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        // Bounded in every phase: if another process holds the port, the kernel completes the TCP handshake and
        // the startup packet is never answered, so without these a connection attempt waits forever.
        login.setProperty("connectTimeout", "2");
        login.setProperty("loginTimeout", "5");
        login.setProperty("socketTimeout", "5");
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            if (!server.isAlive()) throw new IOException("postgres exited with status " + server.exitValue() + ": " + ChildProcesses.tail(directory.resolve("postgres.log")));
            try (Connection c = DriverManager.getConnection(url, login)) {
                return;
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("postgres did not accept connections on 127.0.0.1:" + port + " within " + READY_TIMEOUT.toSeconds() + " s: " + notYet.getMessage());
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for postgres to start");
            }
        }
    }
}
