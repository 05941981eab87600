package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Identifiers;
import java.util.Arrays;
import java.util.Optional;

/** Whether data written to an engine survives a restart, as the advisor may rely on it. */
public enum DurabilityClass {
    /** Acknowledged writes survive a crash: a durable home. */
    DURABLE("durable"),
    /** Can persist (snapshots, AOF) but is run and treated as a cache unless the catalog says durable. */
    CACHE_GRADE("cache-grade"),
    /** Loses everything on restart. */
    EPHEMERAL("ephemeral");

    private final String id;

    DurabilityClass(String id) { this.id = id; }

    public String id() { return id; }

    public boolean durable() { return this == DURABLE; }

    public static Optional<DurabilityClass> parse(String text) {
        String wanted = Identifiers.normalize(text);
        return Arrays.stream(values()).filter(d -> d.id.equals(wanted)).findFirst();
    }

    @Override public String toString() { return id; }
}
