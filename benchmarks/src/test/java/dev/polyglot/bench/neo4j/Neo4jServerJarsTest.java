package dev.polyglot.bench.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where --embedded looks for the Neo4j server's jars, and what counts as finding them. */
class Neo4jServerJarsTest {
    @Test
    void theVariableComesFirstThenTheDirectoryBesideTheJarThenWhatEnginesShFetched(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("polyglot.jar"));
        assertThat(Neo4jServerJars.candidates(Map.of(Neo4jServerJars.VARIABLE, "/opt/neo4j/lib"), Optional.of(jar)))
                .containsExactly(Path.of("/opt/neo4j/lib"), dir.resolve("neo4j-server/lib"), Path.of(Neo4jServerJars.ENGINES_LIB));
        assertThat(Neo4jServerJars.candidates(Map.of(), Optional.of(dir))).as("classes directories have no jars beside them")
                .containsExactly(Path.of(Neo4jServerJars.ENGINES_LIB));
    }

    @Test
    void aDirectoryHoldsTheServerWhenItHasTheKernelJar(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("polyglot.jar"));
        Path lib = Files.createDirectories(dir.resolve("neo4j-server/lib"));
        assertThat(Neo4jServerJars.holdsServer(lib)).isFalse();
        Files.createFile(lib.resolve("neo4j-kernel-5.26.20.jar"));
        assertThat(Neo4jServerJars.holdsServer(lib)).isTrue();
        assertThat(Neo4jServerJars.find(Map.of(Neo4jServerJars.VARIABLE, dir.resolve("missing").toString()), Optional.of(jar))).contains(lib);
        assertThat(Neo4jServerJars.holdsServer(dir.resolve("missing"))).isFalse();
    }

    @Test
    void theChildServersConfigurationIsTheSharedOneWithItsHomeAndBoltPortFilledIn(@TempDir Path home) throws Exception {
        String conf = Neo4jChildServer.config(home, 41234);
        assertThat(conf).contains("server.bolt.listen_address=127.0.0.1:41234", "server.directories.data=" + home + "/data",
                "dbms.security.auth_enabled=false", "server.http.enabled=false").doesNotContain("@HOME@", "@BOLT@");
    }
}
