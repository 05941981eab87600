package dev.polyglot.workloads;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which engine ids a workloads file may name in {@code prefer} and {@code exclude}: maps a spelling to its
 * canonical id, or empty when the engine is unknown. The standard resolver knows the format's table; a catalog
 * extended by the user can pass its own so more ids are accepted.
 */
@FunctionalInterface
public interface EngineIdResolver {
    /** The standard engine ids of the format, with their equivalents (mariadb is mysql, ...). */
    EngineIdResolver STANDARD = StandardEngineIds::canonical;

    /** The canonical id for {@code text}, matched case-insensitively with spaces and underscores as hyphens. */
    Optional<String> canonical(String text);

    /** Ids offered as "did you mean" suggestions; by default the standard ids and their equivalents. */
    default Collection<String> knownIds() {
        TreeSet<String> ids = new TreeSet<>(StandardEngineIds.ids());
        ids.addAll(StandardEngineIds.EQUIVALENTS.keySet());
        return ids;
    }
}
