package dev.polyglot.bench.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Neo4j's configuration. */
class Neo4jChildServerTest {
    @Test
    void theChildServersConfigurationIsTheSharedOneWithItsHomeAndBoltPortFilledIn(@TempDir Path home) throws Exception {
        String conf = Neo4jChildServer.config(home, 41234);
        assertThat(conf).contains("server.bolt.listen_address=127.0.0.1:41234", "server.directories.data=" + home + "/data",
                "dbms.security.auth_enabled=false", "server.http.enabled=false").doesNotContain("@HOME@", "@BOLT@");
    }
}
