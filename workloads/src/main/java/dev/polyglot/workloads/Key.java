package dev.polyglot.workloads;

import java.util.Optional;

/**
 * One key of the workloads format.
 *
 * @param scope       where the key may appear
 * @param name        the key as written in files, e.g. {@code p99_latency_ms}
 * @param field       the setting it gives; aliases share the field of their canonical key ({@code p99_ms})
 * @param kind        the type of its value
 * @param required    whether the field must be given (by this key or one of its aliases)
 * @param description what it means, with units
 * @param defaultText the default when absent, as documented, if any
 */
public record Key(Scope scope, String name, String field, ValueKind kind, boolean required, String description,
                  Optional<String> defaultText) {

    /** Where in a file a key may appear. */
    public enum Scope {
        TOP_LEVEL("the top level"), CONSTRAINTS("constraints"), WORKLOAD("a workload");

        private final String where;

        Scope(String where) { this.where = where; }

        /** For messages: "unknown key 'x' in a workload". */
        public String where() { return where; }
    }

    /** True for an alias such as {@code p99} of {@code p99_ms}. */
    public boolean isAlias() { return !name.equals(field); }
}
