package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.clickhouse.ClickHouseDriver;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.redis.RedisDriver;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointTest {
    @Test
    void readsCredentialsFromTheUrlAndNeverPrintsThem() {
        Endpoint e = Engines.endpoint(PostgresDriver.ENGINE, Optional.of("postgresql://alice:p%40ss@db.example:6543/shop"), Map.of());
        assertThat(e.host()).isEqualTo("db.example");
        assertThat(e.port()).isEqualTo(6543);
        assertThat(e.user()).contains("alice");
        assertThat(e.password()).contains("p@ss");
        assertThat(e.database()).contains("shop");
        assertThat(e.toString()).isEqualTo("db.example:6543").doesNotContain("p@ss");
    }

    @Test
    void fallsBackToTheEnginesEnvironmentVariables() {
        Endpoint pg = Engines.endpoint(PostgresDriver.ENGINE, Optional.empty(), Map.of("PGUSER", "bob", "PGPASSWORD", "pw", "PGDATABASE", "d"));
        assertThat(pg).extracting(Endpoint::host, Endpoint::port).containsExactly("127.0.0.1", 5432);
        assertThat(pg.user()).contains("bob");
        assertThat(pg.password()).contains("pw");
        assertThat(pg.database()).contains("d");
        Endpoint redis = Engines.endpoint(RedisDriver.ENGINE, Optional.of("jdbc:redis://127.0.0.1"), Map.of("REDISCLI_AUTH", "secret"));
        assertThat(redis.port()).isEqualTo(6379);
        assertThat(redis.password()).contains("secret");
    }

    @Test
    void aUrlWithoutSchemeOrHostIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> Engines.endpoint(RedisDriver.ENGINE, Optional.of("secretish-not-a-url"), Map.of()))
                .hasMessageContaining("--url for redis must start with redis://").hasMessageNotContaining("secretish");
        assertThatThrownBy(() -> Engines.endpoint(PostgresDriver.ENGINE, Optional.of("postgresql:///db"), Map.of()))
                .hasMessageContaining("--url names no host");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "redis      | redis://:s3cret@127.0.0.1:6379/abc   | --url's database must be a Redis database number like 0, was 'abc'",
            "redis      | redis://:s3cret@127.0.0.1:6379/-1    | --url's database must be a Redis database number like 0, was '-1'",
            "redis      | redis://:s3cret@127.0.0.1:abc/0      | --url has a host:port that cannot be read (the port must be a number)",
            "postgres   | postgresql://u:s3cret@db:54x2/shop   | --url has a host:port that cannot be read (the port must be a number)",
            "postgres   | postgresql://u:s3cret@db:70000/shop  | --url's port must be 1 to 65535, was 70000",
            "clickhouse | http://u:s3cret@127.0.0.1:0          | --url's port must be 1 to 65535, was 0",
            "postgres   | mysql://u:s3cret@db:3306/shop        | --url for postgres must start with postgresql://, postgres://",
            "redis      | rediss://:s3cret@127.0.0.1:6380      | --url for redis must start with redis://",
            "clickhouse | tcp://u:s3cret@127.0.0.1:9000        | --url for clickhouse must start with http://, clickhouse://",
            "redis      | 127.0.0.1:6379                       | --url is not a URL like redis://HOST:6379/0",
    })
    void aMalformedUrlIsRefusedWithOneClearMessageWithoutTheCredentials(String engine, String url, String message) {
        assertThatThrownBy(() -> Engines.endpoint(Engines.require(engine), Optional.of(url), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message).hasMessageNotContaining("s3cret");
    }

    @Test
    void theSchemesEachEngineUsesAreAccepted() {
        assertThat(Engines.endpoint(PostgresDriver.ENGINE, Optional.of("postgres://h/db"), Map.of()).database()).contains("db");
        assertThat(Engines.endpoint(PostgresDriver.ENGINE, Optional.of("jdbc:postgresql://h:5433/db"), Map.of()).port()).isEqualTo(5433);
        assertThat(Engines.endpoint(RedisDriver.ENGINE, Optional.of("redis://h:6380/3"), Map.of()).database()).contains("3");
        assertThat(Engines.endpoint(ClickHouseDriver.ENGINE, Optional.of("clickhouse://h:8124"), Map.of()).port()).isEqualTo(8124);
        assertThat(Engines.endpoint(ClickHouseDriver.ENGINE, Optional.of("HTTP://h"), Map.of()).port()).isEqualTo(8123);
    }
}
