package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import redis.embedded.RedisServer;

/**
 * An engine started inside this process's lifetime for {@code --embedded}, on a free loopback port, from binaries
 * shipped as Maven artifacts: PostgreSQL from zonky's Linux x86_64 binaries through {@link EmbeddedPostgresServer} (user
 * and database {@code postgres}, trust login; as root it runs as {@code nobody}), Redis through codemonstur
 * embedded-redis (no persistence). {@link #close()} stops it and removes its data.
 * There is no embedded ClickHouse.
 */
public sealed interface EmbeddedEngine extends AutoCloseable {
    /** Where the engine listens, with the login it accepts. */
    Endpoint endpoint();

    @Override void close();

    /**
     * Starts {@code engine}, blocking until it accepts connections.
     *
     * @param notes receives a line per orphan of a killed run that starting PostgreSQL reclaims
     * @throws EngineUnavailableException for ClickHouse, or when the engine fails to start (for PostgreSQL also off
     *                                    Linux x86_64, or as root without setpriv/runuser); the message says what to do instead
     */
    static EmbeddedEngine start(Engine engine, Consumer<String> notes) {
        return switch (engine) {
            case POSTGRES -> Postgres.start(notes);
            case REDIS -> Redis.start();
            case CLICKHOUSE -> throw new EngineUnavailableException("--embedded has no clickhouse (only postgres and redis ship as Maven artifacts);"
                    + " start a server with " + engine.startHint() + " and run without --embedded, or choose --engine postgres");
        };
    }

    /** The directory holding the engine's data and logs, removed by {@link #close()}; empty when it keeps none. */
    default Optional<Path> dataDirectory() { return Optional.empty(); }

    record Postgres(EmbeddedPostgresServer server) implements EmbeddedEngine {
        static Postgres start(Consumer<String> notes) { return new Postgres(EmbeddedPostgresServer.start(LoopbackPort.free(), notes)); }

        @Override public Endpoint endpoint() {
            return new Endpoint("127.0.0.1", server.port(), Optional.of("postgres"), Optional.empty(), Optional.of("postgres"));
        }

        @Override public Optional<Path> dataDirectory() { return Optional.of(server.directory()); }

        @Override public void close() { server.close(); }
    }

    record Redis(RedisServer server, int port) implements EmbeddedEngine {
        static Redis start() {
            try {
                int port = LoopbackPort.free();
                // Not force-stop: embedded-redis then sends SIGKILL and returns at once, before the port is released;
                // a plain stop sends SIGTERM and waits, and with no persistence Redis exits at once.
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(false).build();
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
}
