package dev.polyglot.workloads;

/**
 * An engine id as a file names it, normalised (lower case, hyphens), with where it was written,
 * so a catalog that does not know it can point at the spot.
 */
public record EngineRef(String id, SourcePosition position) {
    public EngineRef {
        id = Identifiers.normalize(id);
        if (id.isEmpty()) throw new IllegalArgumentException("engine id must not be blank");
    }

    public static EngineRef of(String id) { return new EngineRef(id, SourcePosition.UNKNOWN); }

    @Override public String toString() { return id; }
}
