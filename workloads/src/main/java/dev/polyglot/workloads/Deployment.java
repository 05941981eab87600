package dev.polyglot.workloads;

import java.util.Optional;

/** Where the team may run engines. {@code SELF_HOSTED} rules out managed-only services. */
public enum Deployment {
    SELF_HOSTED("self-hosted"),
    MANAGED("managed"),
    ANY("any");

    private final String id;

    Deployment(String id) { this.id = id; }

    public String id() { return id; }

    public static Optional<Deployment> parse(String text) {
        return Identifiers.match(text, values(), Deployment::id);
    }

    @Override public String toString() { return id; }
}
