package dev.polyglot.bench;

import dev.polyglot.bench.clickhouse.ClickHouseDriver;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import redis.clients.jedis.Jedis;

/** Side doors into the local engines for tests: plain connections that are not the bench's. */
public final class LocalEngines {
    private LocalEngines() {}

    /** The engines these side doors reach, all served by scripts/engines.sh's Debian packages; the generic live tests run on each. */
    public static java.util.stream.Stream<Engine> engines() { return java.util.stream.Stream.of(PostgresDriver.ENGINE, RedisDriver.ENGINE, ClickHouseDriver.ENGINE); }

    public static Endpoint endpoint(Engine engine) { return Engines.endpoint(engine, Optional.empty(), System.getenv()); }

    public static Connection postgres() throws SQLException {
        Endpoint e = endpoint(PostgresDriver.ENGINE);
        return DriverManager.getConnection("jdbc:postgresql://" + e.host() + ":" + e.port() + "/" + e.database().orElseThrow(),
                e.user().orElseThrow(), e.password().orElse(null));
    }

    public static Jedis redis() {
        Endpoint e = endpoint(RedisDriver.ENGINE);
        Jedis jedis = new Jedis(e.host(), e.port());
        e.password().ifPresent(jedis::auth);
        return jedis;
    }

    /** Runs one ClickHouse query over HTTP and returns its text output. */
    public static String clickhouse(String sql) {
        Endpoint e = endpoint(ClickHouseDriver.ENGINE);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + e.host() + ":" + e.port() + "/?query=" + URLEncoder.encode(sql, StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("clickhouse said " + r.statusCode() + ": " + r.body());
            return r.body();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
