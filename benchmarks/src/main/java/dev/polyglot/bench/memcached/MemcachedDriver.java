package dev.polyglot.bench.memcached;

import dev.polyglot.bench.cacheaside.CacheAsideBinding;
import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.workloads.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Memcached (Debian's {@code memcached}) through Xmemcached: keys under {@value MemcachedBinding#PREFIX}, no login. */
public final class MemcachedDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("memcached", 11211, EnumSet.of(Shape.POINT_LOOKUP), Shape.POINT_LOOKUP,
            List.of("memcached"), "memcached://HOST:11211", "memcached");

    @Override public Engine engine() { return ENGINE; }

    @Override public EngineBinding open(Endpoint endpoint) { return MemcachedBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return MemcachedClaim.take(endpoint, me, MemcachedClaim.TTL_S); }

    @Override public Optional<CacheAside> cacheAside() {
        return Optional.of((cache, source) -> CacheAsideBinding.open(() -> MemcachedCacheSide.open(cache), source));
    }
}
