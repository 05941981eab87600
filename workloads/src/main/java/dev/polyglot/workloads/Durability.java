package dev.polyglot.workloads;

import java.util.Optional;

/** Whether a workload's data must survive a restart. */
public enum Durability {
    DURABLE("durable"),
    /** The data may be lost on restart: caches, sessions. */
    EPHEMERAL("ephemeral");

    private final String id;

    Durability(String id) { this.id = id; }

    public String id() { return id; }

    public static Optional<Durability> parse(String text) {
        return Identifiers.match(text, values(), Durability::id);
    }

    @Override public String toString() { return id; }
}
