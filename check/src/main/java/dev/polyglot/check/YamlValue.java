package dev.polyglot.check;

import java.util.List;

/** A YAML value from front matter with the 1-based line it starts on, so findings can point at it. */
public sealed interface YamlValue {
    int line();

    /** What the value is, for "expected a list, found a text" messages. */
    String kind();

    /** A scalar; {@code text} is as written (numbers and dates too), {@code null} written as empty text. */
    record Scalar(String text, int line) implements YamlValue {
        @Override public String kind() { return "a single value"; }
    }

    record Sequence(List<YamlValue> items, int line) implements YamlValue {
        public Sequence { items = List.copyOf(items); }
        @Override public String kind() { return "a list"; }
    }

    record Mapping(List<Entry> entries, int line) implements YamlValue {
        public Mapping { entries = List.copyOf(entries); }
        @Override public String kind() { return "a map"; }
    }

    /** One key of a mapping, with its key's line. */
    record Entry(Scalar key, YamlValue value) {}
}
