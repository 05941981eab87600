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
    public FrontMatter { fields = List.copyOf(fields); }

    public Optional<YamlValue.Entry> field(String key) {
        return fields.stream().filter(f -> f.key().text().equals(key)).findFirst();
    }
}
