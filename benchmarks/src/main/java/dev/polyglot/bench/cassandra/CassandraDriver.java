package dev.polyglot.bench.cassandra;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.workloads.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cassandra 5.0 ({@code scripts/engines.sh up cassandra}) through the Apache Cassandra (formerly DataStax) Java driver:
 * keyspace {@value CassandraBinding#KEYSPACE} whatever keyspace {@code --url} names; credentials from
 * {@code CASSANDRA_USER}, {@code CASSANDRA_PASSWORD}; the run's writes at the data set's {@link WriteConsistency}
 * ({@code bench --consistency}, ONE by default).
 */
public final class CassandraDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("cassandra", 9042, EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.TIME_SERIES),
            Shape.POINT_LOOKUP, List.of("cassandra"), "cassandra://HOST:9042/polyglot_bench", "cassandra");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        return new Endpoint(parsed.host(), parsed.port(), parsed.user().or(() -> Optional.ofNullable(env.get("CASSANDRA_USER"))),
                parsed.password().or(() -> Optional.ofNullable(env.get("CASSANDRA_PASSWORD"))), parsed.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return CassandraBinding.open(endpoint); }

    @Override public boolean takesWriteConsistency() { return true; }

    @Override public Optional<Embedding> embedding() { return Optional.of(new CassandraChildServer(CassandraChildServer.READY_TIMEOUT)::start); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return CassandraClaim.take(endpoint, me, CassandraClaim.TTL_S); }

    @Override public String serverVersion(Endpoint endpoint) {
        try (CassandraBinding b = CassandraBinding.open(endpoint)) {
            return b.releaseVersion().map(v -> "Cassandra " + v).orElse("Cassandra (version unknown)");
        }
    }
}
