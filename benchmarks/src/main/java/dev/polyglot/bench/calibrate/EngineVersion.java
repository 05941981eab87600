package dev.polyglot.bench.calibrate;

import dev.polyglot.bench.clickhouse.ClickHouseBinding;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.bench.redis.RedisBinding;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import redis.clients.jedis.Jedis;

/** The server's own version string, named in each calibrated figure's source. */
final class EngineVersion {
    private EngineVersion() {}

    /**
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached
     */
    static String of(Engine engine, Endpoint endpoint) {
        return switch (engine) {
            case POSTGRES -> {
                try (Connection c = PostgresBinding.connect(endpoint)) {
                    yield "PostgreSQL " + scalar(c, "SHOW server_version");
                } catch (SQLException e) {
                    yield "PostgreSQL (version unknown)";
                }
            }
            case REDIS -> {
                try (Jedis jedis = RedisBinding.connect(endpoint)) {
                    yield "Redis " + jedis.info("server").lines().filter(l -> l.startsWith("redis_version:")).map(l -> l.substring(14).strip())
                            .findFirst().orElse("(version unknown)");
                }
            }
            case CLICKHOUSE -> {
                try (Connection c = ClickHouseBinding.open(endpoint).connection()) {
                    yield "ClickHouse " + scalar(c, "SELECT version()");
                } catch (SQLException e) {
                    yield "ClickHouse (version unknown)";
                }
            }
        };
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "(version unknown)";
        }
    }
}
