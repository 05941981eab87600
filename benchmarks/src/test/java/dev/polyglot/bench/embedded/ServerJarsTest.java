package dev.polyglot.bench.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where --embedded looks for a Maven-provided server's jars, and what counts as finding them. */
class ServerJarsTest {
    static final ServerJars JARS = new ServerJars("neo4j", "POLYGLOT_NEO4J_LIB", "neo4j-server", Path.of("/var/lib/polyglot-engines/neo4j/lib"), "neo4j-kernel-");

    @Test
    void theVariableComesFirstThenTheDirectoryBesideTheJarThenWhatEnginesShFetched(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("polyglot.jar"));
        assertThat(JARS.candidates(Map.of(JARS.variable(), "/opt/neo4j/lib"), Optional.of(jar)))
                .containsExactly(Path.of("/opt/neo4j/lib"), dir.resolve("neo4j-server/lib"), JARS.enginesLib());
        assertThat(JARS.candidates(Map.of(), Optional.of(dir))).as("classes directories have no jars beside them")
                .containsExactly(JARS.enginesLib());
    }

    @Test
    void aDirectoryHoldsTheServerWhenItHasTheMarkerJar(@TempDir Path dir) throws Exception {
        Path jar = Files.createFile(dir.resolve("polyglot.jar"));
        Path lib = Files.createDirectories(dir.resolve("neo4j-server/lib"));
        assertThat(JARS.holdsServer(lib)).isFalse();
        Files.createFile(lib.resolve("neo4j-kernel-5.26.20.jar"));
        assertThat(JARS.holdsServer(lib)).isTrue();
        assertThat(JARS.find(Map.of(JARS.variable(), dir.resolve("missing").toString()), Optional.of(jar))).contains(lib);
        assertThat(JARS.holdsServer(dir.resolve("missing"))).isFalse();
    }
}
