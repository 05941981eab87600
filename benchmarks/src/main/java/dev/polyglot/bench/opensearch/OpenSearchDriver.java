package dev.polyglot.bench.opensearch;

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
 * Elasticsearch as OpenSearch 2.19 ({@code scripts/engines.sh up opensearch}) through the official opensearch-java client
 * over HTTP: indices {@value OpenSearchBinding#PREFIX}{@code *} whatever path {@code --url} names; credentials (basic
 * authentication, when the server has the security plugin) from the URL, else {@code OPENSEARCH_USER},
 * {@code OPENSEARCH_PASSWORD}. {@code --embedded} runs the same server as a child JVM ({@link OpenSearchChildServer}).
 */
public final class OpenSearchDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("elasticsearch", 9200,
            EnumSet.of(Shape.FULL_TEXT, Shape.POINT_LOOKUP, Shape.AGGREGATE, Shape.TIME_SERIES), Shape.FULL_TEXT, List.of("http"),
            "http://HOST:9200", "opensearch");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        return new Endpoint(parsed.host(), parsed.port(), parsed.user().or(() -> Optional.ofNullable(env.get("OPENSEARCH_USER"))),
                parsed.password().or(() -> Optional.ofNullable(env.get("OPENSEARCH_PASSWORD"))), parsed.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return OpenSearchBinding.open(endpoint); }

    @Override public Optional<Embedding> embedding() { return Optional.of(new OpenSearchChildServer(OpenSearchChildServer.READY_TIMEOUT)::start); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return OpenSearchClaim.take(endpoint, me, OpenSearchClaim.TTL_MS); }

    @Override public String serverVersion(Endpoint endpoint) {
        try (OpenSearchBinding b = OpenSearchBinding.open(endpoint)) {
            return b.serverVersion();
        }
    }
}
