package dev.polyglot.advisor;

/** How an engine serves an access shape. */
public enum Fit {
    /** The engine was built for this shape. */
    NATIVE("native"),
    /** Served through an extension or technique (tsvector, pgvector, recursive CTE, ...), with a ceiling. */
    EMULATED("emulated");

    private final String id;

    Fit(String id) { this.id = id; }

    public String id() { return id; }

    @Override public String toString() { return id; }
}
