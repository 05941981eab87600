package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.driver.EngineDriver;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.profile.Profiler;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ClickHouse over HTTP: database {@value ClickHouseBinding#DATABASE}; credentials from {@code CLICKHOUSE_USER}, {@code CLICKHOUSE_PASSWORD}. */
public final class ClickHouseDriver implements EngineDriver {
    public static final Engine ENGINE = Engine.served("clickhouse", 8123, EnumSet.of(Shape.TIME_SERIES, Shape.AGGREGATE), Shape.AGGREGATE,
            List.of("http", "clickhouse"), "http://HOST:8123", "clickhouse");

    @Override public Engine engine() { return ENGINE; }

    @Override public Endpoint fromEnvironment(Endpoint parsed, Map<String, String> env) {
        return new Endpoint(parsed.host(), parsed.port(), parsed.user().or(() -> Optional.ofNullable(env.get("CLICKHOUSE_USER"))),
                parsed.password().or(() -> Optional.ofNullable(env.get("CLICKHOUSE_PASSWORD"))), parsed.database());
    }

    @Override public EngineBinding open(Endpoint endpoint) { return ClickHouseBinding.open(endpoint); }

    @Override public boolean takesWriteRows() { return true; }

    @Override public NamespaceClaim claim(Endpoint endpoint, Claimant me) { return ClickHouseClaim.take(endpoint, me, ClickHouseClaim.STALE_AFTER_S); }

    @Override public Optional<Profiler> profiler() { return Optional.of(ClickHouseProfiler::profile); }

    @Override public String serverVersion(Endpoint endpoint) {
        try (Connection c = ClickHouseBinding.open(endpoint).connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT version()")) {
            return rs.next() ? "ClickHouse " + rs.getString(1) : "ClickHouse (version unknown)";
        } catch (SQLException e) {
            return "ClickHouse (version unknown)";
        }
    }
}
