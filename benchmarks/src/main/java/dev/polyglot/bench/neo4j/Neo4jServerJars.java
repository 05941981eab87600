package dev.polyglot.bench.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Neo4j server's jars (org.neo4j:neo4j and its runtime dependencies, copied from Maven Central by
 * {@code scripts/neo4j/pom.xml}) are for {@code --embedded}: the directory {@value #VARIABLE} names; else
 * {@code neo4j-server/lib} beside the jar polyglot runs from (the cli build copies them there); else the ones
 * {@code scripts/engines.sh up neo4j} fetched into {@value #ENGINES_LIB}. Kept out of polyglot's own class path: the
 * server runs as a child JVM from them, so its 200-odd jars never meet the bench's classes.
 */
final class Neo4jServerJars {
    static final String VARIABLE = "POLYGLOT_NEO4J_LIB";
    static final String ENGINES_LIB = "/var/lib/polyglot-engines/neo4j/lib";
    /** The jar that marks a directory as holding the server. */
    static final String MARKER_PREFIX = "neo4j-kernel-";

    private Neo4jServerJars() {}

    /** The places looked at, in order, for messages and tests. */
    static List<Path> candidates(Map<String, String> env, Optional<Path> codeSource) {
        List<Path> places = new ArrayList<>();
        Optional.ofNullable(env.get(VARIABLE)).filter(v -> !v.isBlank()).map(Path::of).ifPresent(places::add);
        codeSource.filter(Files::isRegularFile).map(Path::getParent).map(d -> d.resolve("neo4j-server").resolve("lib")).ifPresent(places::add);
        places.add(Path.of(ENGINES_LIB));
        return places;
    }

    /** The first candidate that holds the server's jars. */
    static Optional<Path> find(Map<String, String> env, Optional<Path> codeSource) {
        return candidates(env, codeSource).stream().filter(Neo4jServerJars::holdsServer).findFirst();
    }

    static boolean holdsServer(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(MARKER_PREFIX) && f.getFileName().toString().endsWith(".jar"));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The jar (or classes directory) this class was loaded from. */
    static Optional<Path> codeSource() {
        try {
            return Optional.of(Path.of(Neo4jServerJars.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
