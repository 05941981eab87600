package dev.polyglot.bench.postgres;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.embedded.EmbeddedPostgresServer;
import dev.polyglot.bench.embedded.LoopbackPort;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.EmbeddedServer;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.profile.Draft;
import dev.polyglot.bench.profile.ProfileRequest;
import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.workloads.Shape;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL: schema {@value PostgresBinding#SCHEMA}, claimed with an advisory lock; credentials from {@code PGUSER},
 * {@code PGPASSWORD}, {@code PGDATABASE}, defaulting to the local role/database {@code polyglot} that
 * {@code scripts/engines.sh} creates; embedded from zonky's binaries.
 */
public final class PostgresDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("postgres", 5432,
            EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.FULL_TEXT, Shape.AGGREGATE, Shape.TIME_SERIES, Shape.GRAPH_TRAVERSAL), Shape.POINT_LOOKUP,
            List.of("postgresql", "postgres"), "postgresql://HOST:5432/DB", "postgres");

    @Override public Engine engine() { return ENGINE; }

    @Override public Set<String> extraAliases() { return Set.of("postgresql", "pg"); }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        boolean defaultUser = parsed.user().isEmpty() && env.get("PGUSER") == null;
        Endpoint e = parsed.orFromEnvironment(env, "PGUSER", "PGPASSWORD", "PGDATABASE");
        // The password of the local role scripts/engines.sh creates, used only with that role.
        return new Endpoint(e.host(), e.port(), e.user().or(() -> Optional.of("polyglot")),
                e.password().or(() -> defaultUser ? Optional.of("polyglot") : Optional.empty()), e.database().or(() -> Optional.of("polyglot")));
    }

    @Override public EngineBinding open(Endpoint endpoint) { return PostgresBinding.open(endpoint); }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return PostgresClaim.take(endpoint, me); }

    @Override public Optional<Profiler> profiler() {
        return Optional.of(new Profiler() {
            @Override public Draft profile(ProfileRequest request) throws InterruptedException { return PostgresProfiler.profile(request); }

            @Override public Set<ProfileSource> sources() { return EnumSet.allOf(ProfileSource.class); }
        });
    }

    @Override public Optional<Embedding> embedding() { return Optional.of(notes -> new Embedded(EmbeddedPostgresServer.start(LoopbackPort.free(), notes))); }

    /** Zonky's PostgreSQL as a child process: user and database {@code postgres}, trust login. */
    private record Embedded(EmbeddedPostgresServer server) implements EmbeddedServer {
        @Override public Endpoint endpoint() {
            return new Endpoint("127.0.0.1", server.port(), Optional.of("postgres"), Optional.empty(), Optional.of("postgres"));
        }

        @Override public Optional<Path> dataDirectory() { return Optional.of(server.directory()); }

        @Override public void close() { server.close(); }
    }

    @Override public String serverVersion(Endpoint endpoint) {
        try (Connection c = PostgresBinding.connect(endpoint); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            return rs.next() ? "PostgreSQL " + rs.getString(1) : "PostgreSQL (version unknown)";
        } catch (SQLException e) {
            return "PostgreSQL (version unknown)";
        }
    }
}
