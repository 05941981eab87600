package dev.polyglot.workloads;

import java.util.Optional;

/**
 * Read guarantees, from the strongest to the weakest. A workload names the weakest it accepts;
 * a store that offers a guarantee at least as strong serves it.
 */
public enum Consistency {
    STRONG("strong"),
    READ_YOUR_WRITES("read-your-writes"),
    BOUNDED_STALENESS("bounded-staleness"),
    EVENTUAL("eventual");

    private final String id;

    Consistency(String id) { this.id = id; }

    public String id() { return id; }

    /** True when a read offering {@code this} guarantee satisfies a workload that needs {@code needed}. */
    public boolean satisfies(Consistency needed) { return ordinal() <= needed.ordinal(); }

    public static Optional<Consistency> parse(String text) {
        return Identifiers.match(text, values(), Consistency::id);
    }

    @Override public String toString() { return id; }
}
