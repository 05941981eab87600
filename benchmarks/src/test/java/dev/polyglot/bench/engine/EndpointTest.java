package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndpointTest {
    @Test
    void readsCredentialsFromTheUrlAndNeverPrintsThem() {
        Endpoint e = Endpoint.resolve(Engine.POSTGRES, Optional.of("postgresql://alice:p%40ss@db.example:6543/shop"), Map.of());
        assertThat(e.host()).isEqualTo("db.example");
        assertThat(e.port()).isEqualTo(6543);
        assertThat(e.user()).contains("alice");
        assertThat(e.password()).contains("p@ss");
        assertThat(e.database()).contains("shop");
        assertThat(e.toString()).isEqualTo("db.example:6543").doesNotContain("p@ss");
    }

    @Test
    void fallsBackToTheEnginesEnvironmentVariables() {
        Endpoint pg = Endpoint.resolve(Engine.POSTGRES, Optional.empty(), Map.of("PGUSER", "bob", "PGPASSWORD", "pw", "PGDATABASE", "d"));
        assertThat(pg).extracting(Endpoint::host, Endpoint::port).containsExactly("127.0.0.1", 5432);
        assertThat(pg.user()).contains("bob");
        assertThat(pg.password()).contains("pw");
        assertThat(pg.database()).contains("d");
        Endpoint redis = Endpoint.resolve(Engine.REDIS, Optional.of("jdbc:redis://127.0.0.1"), Map.of("REDISCLI_AUTH", "secret"));
        assertThat(redis.port()).isEqualTo(6379);
        assertThat(redis.password()).contains("secret");
    }

    @Test
    void aUrlWithoutHostIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> Endpoint.resolve(Engine.REDIS, Optional.of("secretish-not-a-url"), Map.of()))
                .hasMessageContaining("--url names no host").hasMessageNotContaining("secretish");
    }
}
