package dev.polyglot.bench.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded OpenSearch's node configuration and JVM flags, from the files scripts/engines.sh uses too. */
class OpenSearchChildServerTest {
    @Test
    void theChildsConfigurationIsTheSharedOneWithItsOwnClusterPortsAndHome(@TempDir Path home) throws Exception {
        assertThat(OpenSearchChildServer.config(home, 41234, 41235)).contains("cluster.name: polyglot-embedded", "http.port: 41234",
                "transport.port: 41235", "discovery.type: single-node", "network.host: 127.0.0.1", "path.data: " + home + "/data",
                "path.logs: " + home + "/logs").doesNotContain("@", "port: 9200", "port: 9300");
    }

    @Test
    void jvmOptionsKeepTheLinesForThisJavaAndFillInTheTemporaryDirectory() {
        String file = "# comment\n\n-Xms1g\n8-10:-XX:+UseConcMarkSweepGC\n11-:-XX:+UseG1GC\n8:-Xloggc:logs/gc.log\n17:-Dseventeen\n"
                + "18-20:-Dlater\n-Djava.io.tmpdir=${OPENSEARCH_TMPDIR}\n";
        assertThat(OpenSearchChildServer.jvmOptions(file, 17, Path.of("/h/tmp")))
                .containsExactly("-Xms1g", "-XX:+UseG1GC", "-Dseventeen", "-Djava.io.tmpdir=/h/tmp");
        assertThat(OpenSearchChildServer.jvmOptions(file, 19, Path.of("/h/tmp")))
                .containsExactly("-Xms1g", "-XX:+UseG1GC", "-Dlater", "-Djava.io.tmpdir=/h/tmp");
    }
}
