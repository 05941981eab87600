package dev.polyglot.workloads;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The one rule for matching identifiers: case-insensitive, spaces and underscores count as hyphens. */
public final class Identifiers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private Identifiers() {}

    /** Lower case, trimmed, runs of spaces, underscores and hyphens folded to one hyphen. */
    public static String normalize(String text) {
        return SEPARATORS.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
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
