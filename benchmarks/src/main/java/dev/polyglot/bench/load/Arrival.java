package dev.polyglot.bench.load;

import java.util.Locale;
import java.util.Optional;

/** How intended start times are spaced: evenly, or as a Poisson process with the same mean rate. */
public enum Arrival {
    UNIFORM, POISSON;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Arrival> parse(String text) {
        for (Arrival a : values()) if (a.id().equalsIgnoreCase(text.trim())) return Optional.of(a);
        return Optional.empty();
    }
}
