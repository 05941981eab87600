package dev.polyglot.bench.redis;

import java.util.regex.Pattern;

/**
 * The family a key name belongs to, as a glob a person would write: segments between {@code :}, {@code /} or
 * {@code |} that look like identifiers (numbers, hex, UUIDs, or long tokens with digits) become {@code *}, so
 * {@code session:8f3a..} is {@code session:*} and {@code cart:42:items} is {@code cart:*:items}. A key without an
 * identifier segment is its own family ({@code mylist}).
 */
final class KeyPattern {
    private static final Pattern SEPARATORS = Pattern.compile("(?<=[:/|])|(?=[:/|])");
    private static final Pattern IDENTIFIER = Pattern.compile("\\d+|[0-9a-fA-F]{8,}|[0-9a-fA-F-]{32,36}|(?=.*\\d)[A-Za-z0-9_=+-]{16,}");
    /** Longest pattern kept, in characters: longer ones are cut and end in {@code *}. */
    static final int MAX = 60;

    private KeyPattern() {}

    static String of(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : SEPARATORS.split(key, -1)) {
            out.append(part.length() == 1 && ":/|".contains(part) ? part : IDENTIFIER.matcher(part).matches() ? "*" : part);
        }
        String pattern = out.toString();
        return pattern.length() <= MAX ? pattern : pattern.substring(0, MAX - 1) + "*";
    }
}
