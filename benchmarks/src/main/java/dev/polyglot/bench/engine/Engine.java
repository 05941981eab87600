package dev.polyglot.bench.engine;

import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the bench knows of one engine it can drive, as data: its catalog id, standard local address, the shapes its
 * binding implements and the {@code --url} forms it reads. Each engine's driver package defines its one constant;
 * the list of engines lives in {@code dev.polyglot.bench.Engines}.
 *
 * @param id           the catalog id, e.g. {@code postgres}; lowercase, not blank
 * @param defaultPort  the port of the engine's standard local install, 1 to 65535 (ClickHouse: its HTTP port); 0 for one in process
 * @param shapes       the shapes this engine's binding can run, not empty
 * @param defaultShape the shape a bare {@code --engine X} run uses, one of {@code shapes}
 * @param urlSchemes   the schemes its {@code --url} may use (after an optional {@code jdbc:}), not empty
 * @param urlExample   an example {@code --url} for messages, e.g. {@code postgresql://HOST:5432/DB}
 * @param startHint    the command that starts a local one, for messages, e.g. {@code scripts/engines.sh up postgres}
 */
public record Engine(String id, int defaultPort, Set<Shape> shapes, Shape defaultShape, List<String> urlSchemes, String urlExample,
                     String startHint) {
    public Engine {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || !id.equals(id.toLowerCase(java.util.Locale.ROOT))) throw new IllegalArgumentException("id must be lowercase, was '" + id + "'");
        if (defaultPort < 0 || defaultPort > 65535) throw new IllegalArgumentException("defaultPort must be 1 to 65535 (0: in process), was " + defaultPort);
        shapes = Set.copyOf(shapes);
        if (shapes.isEmpty()) throw new IllegalArgumentException(id + " must run at least one shape");
        if (!shapes.contains(defaultShape)) throw new IllegalArgumentException(id + "'s default shape " + defaultShape + " is not among its shapes");
        urlSchemes = List.copyOf(urlSchemes);
        if (urlSchemes.isEmpty()) throw new IllegalArgumentException(id + " must accept at least one URL scheme");
        Objects.requireNonNull(urlExample, "urlExample");
        Objects.requireNonNull(startHint, "startHint");
    }

    /** An engine that {@code scripts/engines.sh up SERVER} starts (SERVER is the id unless the package is named otherwise). */
    public static Engine served(String id, int defaultPort, Set<Shape> shapes, Shape defaultShape, List<String> urlSchemes, String urlExample,
                                String server) {
        return new Engine(id, defaultPort, shapes, defaultShape, urlSchemes, urlExample, "scripts/engines.sh up " + server);
    }

    @Override public String toString() { return id; }
}
