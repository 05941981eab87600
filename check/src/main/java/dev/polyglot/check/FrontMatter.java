package dev.polyglot.check;

import java.util.List;
import java.util.Optional;

/**
 * The YAML block between the opening and closing {@code ---} of an ADR, key by key, in file order.
 *
 * @param line   1-based line of the opening {@code ---}
 * @param fields the top-level keys with their lines and values
 */
public record FrontMatter(int line, List<YamlValue.Entry> fields) {
    /** polyglot's own keys: an ADR whose front matter has one of them takes part in check; others are left alone. */
    public static final List<String> POLYGLOT_KEYS = List.of("workloads", "portfolio", "routes");

    public FrontMatter { fields = List.copyOf(fields); }

    /** Whether any of {@link #POLYGLOT_KEYS} is a key here. */
    public boolean namesPolyglotKeys() { return fields.stream().anyMatch(f -> POLYGLOT_KEYS.contains(f.key().text())); }

    public Optional<YamlValue.Entry> field(String key) {
        return fields.stream().filter(f -> f.key().text().equals(key)).findFirst();
    }
}
