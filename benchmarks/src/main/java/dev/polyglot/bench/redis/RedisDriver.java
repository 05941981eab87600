package dev.polyglot.bench.redis;

import dev.polyglot.bench.cacheaside.CacheAsideBinding;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.embedded.LoopbackPort;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.workloads.Shape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * Redis: keys under {@value RedisBinding#PREFIX}, claimed with an expiring key; the password from {@code REDISCLI_AUTH};
 * a cache in front of PostgreSQL; embedded through codemonstur embedded-redis (no persistence).
 */
public final class RedisDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("redis", 6379, EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.TIME_SERIES),
            Shape.POINT_LOOKUP, List.of("redis"), "redis://HOST:6379/0", "redis");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        if (parsed.database().isPresent() && !parsed.database().get().matches("\\d{1,9}")) {
            throw new IllegalArgumentException("--url's database must be a Redis database number like 0, was '" + parsed.database().get()
                    + "'; expected a URL like " + ENGINE.urlExample());
        }
        return new Endpoint(parsed.host(), parsed.port(), parsed.user(), parsed.password().or(() -> Optional.ofNullable(env.get("REDISCLI_AUTH"))),
                parsed.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return RedisBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return RedisClaim.take(endpoint, me, RedisClaim.TTL_MS); }

    @Override public Optional<CacheAside> cacheAside() { return Optional.of((cache, source) -> CacheAsideBinding.open(() -> RedisCacheSide.open(cache), source)); }

    @Override public String serverVersion(Endpoint endpoint) {
        try (Jedis jedis = RedisBinding.connect(endpoint)) {
            return "Redis " + jedis.info("server").lines().filter(l -> l.startsWith("redis_version:")).map(l -> l.substring(14).strip())
                    .findFirst().orElse("(version unknown)");
        }
    }

    @Override public Optional<Profiler> profiler() { return Optional.of(RedisProfiler::profile); }

    @Override public Optional<Embedding> embedding() { return Optional.of(notes -> Embedded.start()); }

    private record Embedded(RedisServer server, int port) implements EmbeddedServer {
        static Embedded start() {
            try {
                int port = LoopbackPort.free();
                // Not force-stop: embedded-redis then sends SIGKILL and returns at once, before the port is released;
                // a plain stop sends SIGTERM and waits, and with no persistence Redis exits at once.
                RedisServer server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                        .setting("save \"\"").setting("appendonly no").onShutdownForceStop(false).build();
                server.start();
                return new Embedded(server, port);
            } catch (IOException | RuntimeException e) {
                throw new EngineUnavailableException("--embedded could not start redis: " + e.getMessage()
                        + " (start a server with " + ENGINE.startHint() + " and run without --embedded)");
            }
        }

        @Override public Endpoint endpoint() { return new Endpoint("127.0.0.1", port, Optional.empty(), Optional.empty(), Optional.empty()); }

        @Override public void close() {
            try { server.stop(); } catch (IOException e) { throw new UncheckedIOException("could not stop the embedded redis", e); }
        }
    }
}
