package dev.polyglot.workloads;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Regular expressions for the JSON Schema, written so both Java and ECMAScript (editors) read them the same:
 * no inline flags, so case-insensitivity is spelt out as {@code [gG][bB]}.
 */
final class SchemaPatterns {
    private SchemaPatterns() {}

    /** A word matched in any case: {@code gb} becomes {@code [gG][bB]}. */
    static String caseless(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) out.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            else if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) out.append('\\').append(c);
            else out.append(c);
        }
        return out.toString();
    }

    /** Any of the words, in any case, longest first so that {@code ms} is tried before {@code m}. */
    static String anyOf(Collection<String> words) {
        return words.stream().filter(w -> !w.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(SchemaPatterns::caseless).collect(Collectors.joining("|"));
    }

    /** A plain decimal number followed by one of {@code units}; the unit may be left out when units include "". */
    static String numberWithUnit(Collection<String> units) {
        String optional = units.contains("") ? "?" : "";
        return "^\\s*" + Decimals.pattern() + "\\s*(?:" + anyOf(units) + ")" + optional + "\\s*$";
    }

    /** An identifier as the format matches it: any case, spaces, underscores and hyphens interchangeable. */
    static String identifier(Collection<String> ids) {
        return "^\\s*(?:" + ids.stream().map(id -> String.join("[\\s_-]+",
                java.util.Arrays.stream(id.split("-")).map(SchemaPatterns::caseless).toList()))
                .collect(Collectors.joining("|")) + ")\\s*$";
    }
}
