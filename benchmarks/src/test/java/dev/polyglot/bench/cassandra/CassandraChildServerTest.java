package dev.polyglot.bench.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Cassandra's configuration and JVM flags, from the files scripts/engines.sh uses too. */
class CassandraChildServerTest {
    @Test
    void theChildServersConfigurationIsTheSharedOneWithItsOwnClusterDirectoryAndPorts(@TempDir Path home) throws Exception {
        String yaml = CassandraChildServer.config(home, 41234, 41235);
        assertThat(yaml).contains("cluster_name: polyglot-embedded", "native_transport_port: 41234", "storage_port: 41235",
                "seeds: \"127.0.0.1:41235\"", "data_file_directories: [" + home + "/data]", "commitlog_directory: " + home + "/commitlog",
                "listen_address: 127.0.0.1", "rpc_address: 127.0.0.1").doesNotContain("@", "9042", "7000");
    }

    @Test
    void theJvmOptionsAreEveryWordOfTheLinesThatAreNotComments() {
        assertThat(CassandraChildServer.jvmOptions("# why\n--add-opens java.base/java.io=ALL-UNNAMED\n\n  -Xss512k  \n"))
                .containsExactly("--add-opens", "java.base/java.io=ALL-UNNAMED", "-Xss512k");
    }
}
