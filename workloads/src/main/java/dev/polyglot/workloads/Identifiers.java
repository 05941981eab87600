package dev.polyglot.workloads;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The one rule for matching identifiers: case-insensitive, spaces and underscores count as hyphens. */
public final class Identifiers {
    private Identifiers() {}

    /** Lower case, trimmed, runs of spaces, underscores and hyphens folded to one hyphen. */
    public static String normalize(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "-");
    }

    static <T> Optional<T> match(String text, T[] values, Function<T, String> id) {
        if (text == null) return Optional.empty();
        String wanted = normalize(text);
        for (T value : values) {
            if (id.apply(value).equals(wanted)) return Optional.of(value);
        }
        return Optional.empty();
    }
}
