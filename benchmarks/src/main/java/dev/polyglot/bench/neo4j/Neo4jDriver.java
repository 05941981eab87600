package dev.polyglot.bench.neo4j;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.workloads.Shape;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Neo4j 5 community ({@code scripts/engines.sh up neo4j}) over Bolt through the official Java driver: the bench's nodes
 * carry label {@value Neo4jStatements#LABEL} (and its relationships type {@value Neo4jStatements#FOLLOWS}) in the database
 * {@code --url} names ({@code bolt://HOST:7687/DB}, the server's default database when it names none); credentials from
 * the URL or {@code NEO4J_USER}, {@code NEO4J_PASSWORD} (none: the local server runs without auth). {@code --embedded}
 * starts the same server as a child JVM ({@link Neo4jChildServer}).
 */
public final class Neo4jDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("neo4j", 7687, EnumSet.of(Shape.GRAPH_TRAVERSAL, Shape.POINT_LOOKUP),
            Shape.GRAPH_TRAVERSAL, List.of("bolt", "neo4j"), "bolt://HOST:7687", "neo4j");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        return new Endpoint(parsed.host(), parsed.port(), parsed.user().or(() -> Optional.ofNullable(env.get("NEO4J_USER"))),
                parsed.password().or(() -> Optional.ofNullable(env.get("NEO4J_PASSWORD"))), parsed.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return Neo4jBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return Neo4jClaim.take(endpoint, me, Neo4jClaim.TTL_S); }

    @Override public String serverVersion(Endpoint endpoint) {
        try (Neo4jBinding b = Neo4jBinding.open(endpoint)) {
            return b.serverVersion().orElse("Neo4j (version unknown)");
        }
    }

    @Override public Optional<Embedding> embedding() { return Optional.of(Neo4jChildServer::start); }
}
