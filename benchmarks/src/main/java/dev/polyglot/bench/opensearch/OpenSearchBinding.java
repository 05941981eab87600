package dev.polyglot.bench.opensearch;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * OpenSearch through the official Java client over HTTP (the Apache HttpClient 5 transport, Jackson for JSON).
 * Everything lives in indices named {@value #PREFIX}{@code *}: one per shape, the manifest and the claim; cleanup deletes
 * those by name and nothing else (never a wildcard). One client (a pool of HTTP connections) serves the loader and every
 * worker. Connecting times out after {@link #CONNECT_TIMEOUT}, a response after {@link #RESPONSE_TIMEOUT}; a search
 * carries the server-side timeout {@value #SEARCH_TIMEOUT}.
 */
public final class OpenSearchBinding implements EngineBinding {
    /** The prefix of every index the bench owns. */
    public static final String PREFIX = "polyglot-bench-";
    static final String MANIFEST = PREFIX + "manifest";
    static final String SEARCH_TIMEOUT = "10s";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);
    /** HTTP connections the client may hold: more than the workers a run starts, so none waits on the pool. */
    static final int MAX_CONNECTIONS = 256;
    /** Documents per bulk request while loading. */
    static final int BULK_DOCS = 5_000;

    private final Endpoint endpoint;
    private final OpenSearchClient client;
    private final ApacheHttpClient5Transport transport;

    private OpenSearchBinding(Endpoint endpoint, ApacheHttpClient5Transport transport) {
        this.endpoint = endpoint;
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
    }

    /** A binding whose server answered {@code GET /}; EngineUnavailableException when it did not or refused the login. */
    public static OpenSearchBinding open(Endpoint endpoint) {
        OpenSearchBinding binding = new OpenSearchBinding(endpoint, transport(endpoint));
        try {
            binding.client.info();
            return binding;
        } catch (IOException | RuntimeException e) {
            binding.close();
            // The client's messages name the host only; the credentials never reach them.
            throw new EngineUnavailableException(OpenSearchDriver.ENGINE, endpoint, httpStatus(e) == 401 ? "login rejected"
                    : httpStatus(e) > 0 ? "GET / answered HTTP " + httpStatus(e) : "connection refused or timed out");
        }
    }

    static ApacheHttpClient5Transport transport(Endpoint endpoint) {
        HttpHost host = new HttpHost("http", endpoint.host(), endpoint.port());
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        endpoint.user().ifPresent(user -> credentials.setCredentials(new AuthScope(host),
                new UsernamePasswordCredentials(user, endpoint.password().orElse("").toCharArray())));
        ConnectionConfig connection = ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setSocketTimeout(Timeout.of(RESPONSE_TIMEOUT)).build();
        return ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper())
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.of(RESPONSE_TIMEOUT)).setConnectionRequestTimeout(Timeout.of(CONNECT_TIMEOUT)))
                .setHttpClientConfigCallback(c -> c.setDefaultCredentialsProvider(credentials)
                        .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(MAX_CONNECTIONS)
                                .setMaxConnPerRoute(MAX_CONNECTIONS).setDefaultConnectionConfig(connection).build()))
                .build();
    }

    OpenSearchClient client() { return client; }

    /**
     * The HTTP status of a failed request, 0 when it got no answer: the client parses some error answers into
     * OpenSearchException and leaves others to the transport's ResponseException.
     */
    static int httpStatus(Exception e) {
        if (e instanceof OpenSearchException o) return o.status();
        if (e instanceof ResponseException r) return r.status();
        return 0;
    }

    /** Whether a failed request's answer names OpenSearch's error {@code type}, e.g. {@code resource_already_exists_exception}. */
    static boolean isError(Exception e, String type) {
        if (e instanceof OpenSearchException o) return type.equals(o.error().type());
        return e instanceof ResponseException && String.valueOf(e.getMessage()).contains("\"type\":\"" + type + "\"");
    }

    @Override public Engine engine() { return OpenSearchDriver.ENGINE; }

    /** {@code OpenSearch 2.19.6}, from {@code GET /}. */
    String serverVersion() {
        try {
            var version = client.info().version();
            String name = version.distribution() == null || version.distribution().isBlank() ? "Elasticsearch"
                    : version.distribution().equals("opensearch") ? "OpenSearch" : version.distribution();
            return name + " " + version.number();
        } catch (IOException | OpenSearchException e) {
            throw new EngineUnavailableException(OpenSearchDriver.ENGINE, endpoint, "GET / failed");
        }
    }

    @Override public LoadReport load(DatasetSpec spec) {
        OpenSearchIndex index = OpenSearchIndex.of(spec);
        Manifest wanted = spec.manifest();
        try {
            createIndex(client, MANIFEST, m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("shape", p -> p.keyword(k -> k)).properties("records", p -> p.long_(l -> l)).properties("version", p -> p.integer(i -> i)));
            GetResponse<Manifest> kept = client.get(g -> g.index(MANIFEST).id(index.name()), Manifest.class);
            if (kept.found() && wanted.equals(kept.source()) && exists(index.name())) return new LoadReport(spec.records(), 0, true);
            long start = System.nanoTime();
            client.delete(d -> d.index(MANIFEST).id(index.name()).refresh(Refresh.True));
            deleteIndices(List.of(index.name()));
            createIndex(client, index.name(), m -> m.dynamic(index.mapping().dynamic()).properties(index.mapping().properties()));
            bulkLoad(index, spec.records());
            client.indices().putSettings(p -> p.index(index.name()).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(index.name()));
            client.index(i -> i.index(MANIFEST).id(index.name()).document(wanted).refresh(Refresh.True));
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("loading the " + spec.shape().id() + " data set into elasticsearch at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private boolean exists(String index) throws IOException { return client.indices().exists(e -> e.index(index)).value(); }

    /**
     * Creates {@code name} (one shard, no replica; refreshed by the load itself until it is done) unless it exists.
     * The claim creates its own index through here too.
     */
    static void createIndex(OpenSearchClient client, String name,
                            java.util.function.Function<org.opensearch.client.opensearch._types.mapping.TypeMapping.Builder,
                                    org.opensearch.client.util.ObjectBuilder<org.opensearch.client.opensearch._types.mapping.TypeMapping>> mapping) throws IOException {
        try {
            client.indices().create(c -> c.index(name).mappings(mapping)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time(name.equals(MANIFEST) || name.equals(OpenSearchClaim.INDEX) ? "1s" : "-1"))));
        } catch (OpenSearchException | ResponseException e) {
            if (!isError(e, "resource_already_exists_exception")) throw e;
        }
    }

    private void bulkLoad(OpenSearchIndex index, long records) throws IOException {
        Instant now = Instant.now();
        for (long from = 0; from < records; from += BULK_DOCS) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index.name());
            for (long i = from; i < Math.min(records, from + BULK_DOCS); i++) {
                Map<String, Object> doc = index.document(i, now);
                String id = index.id(i);
                bulk.operations(op -> op.index(x -> x.id(id).document(doc)));
            }
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                String first = response.items().stream().filter(item -> item.error() != null).findFirst()
                        .map(item -> item.error().type() + ": " + item.error().reason()).orElse("unknown");
                throw new IllegalStateException("a bulk load into " + index.name() + " failed: " + first);
            }
        }
    }

    @Override public Operation prepare(DatasetSpec spec) { return new OpenSearchOperation(client, OpenSearchIndex.of(spec)); }

    /** Deletes the shapes' indices and the manifest, each by name: the claim's index is the claim's to remove. */
    @Override public void cleanup() {
        try {
            deleteIndices(List.of(new OpenSearchIndex.Documents(1, 1).name(), new OpenSearchIndex.Records().name(), new OpenSearchIndex.Facts(1).name(),
                    new OpenSearchIndex.Points(1).name(), MANIFEST));
        } catch (IOException | OpenSearchException e) {
            throw new IllegalStateException("deleting the " + PREFIX + "* indices on elasticsearch at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void deleteIndices(List<String> names) throws IOException {
        for (String name : names) {
            if (!name.startsWith(PREFIX)) throw new IllegalArgumentException("the bench deletes only its own indices, not " + name);
            client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
        }
    }

    @Override public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // Closing the connection pool: nothing is left to do with it.
        }
    }
}
