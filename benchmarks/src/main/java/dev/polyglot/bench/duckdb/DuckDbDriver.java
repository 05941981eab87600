package dev.polyglot.bench.duckdb;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.workloads.Shape;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DuckDB in this process (its JDBC driver), over a database file: {@code --url duckdb:PATH}, by default
 * {@value #DEFAULT_FILE} in the temporary directory. Everything lives in schema {@value DuckDbBinding#SCHEMA}.
 */
public final class DuckDbDriver implements EngineDriver {
    public static final Engine ENGINE = new Engine("duckdb", 0, EnumSet.of(Shape.AGGREGATE, Shape.TIME_SERIES), Shape.AGGREGATE,
            List.of("duckdb"), "duckdb:/path/to/file.duckdb", "(nothing to start: DuckDB runs inside polyglot; give --url duckdb:PATH)");
    static final String DEFAULT_FILE = "polyglot-bench.duckdb";

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint endpoint(Optional<String> url, Map<String, String> env) {
        if (url.isEmpty()) return Endpoint.inProcess(Path.of(System.getProperty("java.io.tmpdir"), DEFAULT_FILE).toString());
        String u = url.get().startsWith("jdbc:") ? url.get().substring(5) : url.get();
        if (!u.startsWith("duckdb:") || u.length() == "duckdb:".length()) {
            throw new IllegalArgumentException("--url for duckdb must be duckdb:PATH (a database file), e.g. " + ENGINE.urlExample());
        }
        String file = u.substring("duckdb:".length());
        if (file.startsWith(":memory:")) throw new IllegalArgumentException("--url for duckdb must name a database file, not :memory: (the bench's workers share one database)");
        return Endpoint.inProcess(Path.of(file).toAbsolutePath().toString());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return DuckDbBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return DuckDbClaim.take(endpoint); }

    /** Nothing to start: {@code --embedded} runs it in process on its default file. */
    @Override public Optional<Embedding> embedding() {
        return Optional.of(notes -> new EmbeddedServer() {
            @Override public Endpoint endpoint() { return DuckDbDriver.this.endpoint(Optional.empty(), Map.of()); }

            @Override public void close() { /* the bench drops its schema; the file is DuckDB's own */ }
        });
    }
}
