package dev.polyglot.check;

import dev.polyglot.workloads.Identifiers;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The life-cycle states an ADR's {@code status:} may take. */
public enum AdrStatus {
    PROPOSED, ACCEPTED, REJECTED, DEPRECATED, SUPERSEDED;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Matched case-insensitively, as engine ids and shapes are. */
    public static Optional<AdrStatus> parse(String text) {
        String wanted = Identifiers.normalize(text);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }

    public static List<String> ids() { return Arrays.stream(values()).map(AdrStatus::id).toList(); }

    @Override public String toString() { return id(); }
}
