package dev.polyglot.bench.embedded;

import dev.polyglot.bench.engine.EngineUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Maven-provided server's jars (copied from Maven Central by {@code scripts/ENGINE/pom.xml}) are for
 * {@code --embedded}: the directory {@code variable} names; else {@code besideJar/lib} beside the jar polyglot runs from
 * (the cli build copies them there); else the ones {@code scripts/engines.sh up ENGINE} fetched into {@code enginesLib}.
 * Kept out of polyglot's own class path: the server runs as a child JVM from them, so its jars never meet the bench's.
 *
 * @param engine       the engine's id, for messages
 * @param variable     the environment variable naming another place
 * @param besideJar    the directory beside polyglot's jar whose {@code lib} holds them
 * @param enginesLib   where {@code scripts/engines.sh} keeps them
 * @param markerPrefix the start of the name of the jar that marks a directory as holding the server
 */
public record ServerJars(String engine, String variable, String besideJar, Path enginesLib, String markerPrefix) {
    public ServerJars {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(besideJar, "besideJar");
        Objects.requireNonNull(enginesLib, "enginesLib");
        Objects.requireNonNull(markerPrefix, "markerPrefix");
    }

    /** The places looked at, in order, for messages and tests. */
    public List<Path> candidates(Map<String, String> env, Optional<Path> codeSource) {
        List<Path> places = new ArrayList<>();
        Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank()).map(Path::of).ifPresent(places::add);
        codeSource.filter(Files::isRegularFile).map(Path::getParent).map(d -> d.resolve(besideJar).resolve("lib")).ifPresent(places::add);
        places.add(enginesLib);
        return places;
    }

    /** The first candidate that holds the server's jars. */
    public Optional<Path> find(Map<String, String> env, Optional<Path> codeSource) {
        return candidates(env, codeSource).stream().filter(this::holdsServer).findFirst();
    }

    /** The jars for this process (its environment, the jar it runs from); EngineUnavailableException saying where it looked and what to do. */
    public Path require() {
        Optional<Path> code = codeSource();
        return find(System.getenv(), code).orElseThrow(() -> new EngineUnavailableException("--embedded " + engine + " needs the " + engine
                + " server's jars, found in none of " + candidates(System.getenv(), code) + "; build polyglot with mvn package (it copies them),"
                + " or run scripts/engines.sh up " + engine + " and bench it without --embedded"));
    }

    public boolean holdsServer(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(markerPrefix) && f.getFileName().toString().endsWith(".jar"));
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The jar (or classes directory) the bench was loaded from. */
    public static Optional<Path> codeSource() {
        try {
            return Optional.of(Path.of(ServerJars.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
