package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the value of one key as its {@link ValueKind} says, reporting what is wrong at the value's position.
 * Numbers may be written quoted ({@code "800"}): the text is what counts, as many YAML emitters quote freely.
 */
final class Values {
    private final Problems problems;

    Values(Problems problems) { this.problems = problems; }

    /** The text of a scalar value, or empty after reporting a missing value, a map or a list. */
    Optional<String> scalar(Fields.Entry entry) {
        Node value = entry.value();
        if (value instanceof ScalarNode scalar) {
            if (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
                problems.at(entry.keyNode(), "'" + entry.name() + "' has no value; expected " + entry.key().kind().expected());
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        problems.at(value, "'" + entry.name() + "' must be " + entry.key().kind().expected() + ", got " + describe(value));
        return Optional.empty();
    }

    /** Reads a scalar and converts it; a refusal is reported with what was expected and why. */
    <T> Optional<T> convert(Fields.Entry entry, Function<String, Conversion<T>> parser) {
        return scalar(entry).flatMap(text -> {
            Conversion<T> result = parser.apply(text);
            if (result instanceof Conversion.Refused<T> refused) {
                String why = refused.reason().isEmpty() ? "" : " (" + refused.reason() + ")";
                problems.at(entry.value(), "'" + entry.name() + "' must be " + entry.key().kind().expected()
                        + ", got " + quote(text) + why);
            }
            return result.toOptional();
        });
    }

    Optional<String> text(Fields.Entry entry) { return scalar(entry).map(String::strip); }

    Optional<Double> number(Fields.Entry entry) {
        return convert(entry, text -> Decimals.parse(text)
                .map(n -> check(n, entry.key().kind()))
                .orElseGet(() -> Conversion.refused("not a number")));
    }

    Optional<Integer> integer(Fields.Entry entry) {
        return number(entry).flatMap(value -> {
            if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
                problems.at(entry.value(), "'" + entry.name() + "' must be " + entry.key().kind().expected()
                        + ", got " + Decimals.format(value));
                return Optional.empty();
            }
            return Optional.of(value.intValue());
        });
    }

    <E> Optional<E> choice(Fields.Entry entry, Function<String, Optional<E>> parse) {
        return scalar(entry).flatMap(text -> {
            Optional<E> value = parse.apply(text);
            if (value.isEmpty()) problems.at(entry.value(), unknownChoice(entry, text));
            return value;
        });
    }

    private static String unknownChoice(Fields.Entry entry, String text) {
        List<String> choices = entry.key().kind().choices();
        String suggestion = Suggestions.didYouMean(text, choices);
        String head = "unknown " + entry.name() + " " + quote(text);
        return suggestion.isEmpty() ? head + "; expected one of: " + String.join(", ", choices) : head + suggestion;
    }

    /** A number checked against the range its kind allows. */
    private static Conversion<Double> check(BigDecimal number, ValueKind kind) {
        double value = number.doubleValue();
        if (Double.isInfinite(value)) return Conversion.refused("too large");
        boolean ok = switch (kind) {
            case FRACTION -> value >= 0 && value <= 1;
            case POSITIVE_INTEGER -> value >= 1;
            case VERSION -> true;
            default -> value > 0;
        };
        return ok ? Conversion.of(value) : Conversion.refused("");
    }

    /** The text of a scalar node, empty for maps and lists. */
    static String scalarText(Node node) { return node instanceof ScalarNode s ? s.getValue() : ""; }

    static String describe(Node node) {
        if (node instanceof MappingNode) return "a map";
        if (node instanceof SequenceNode) return "a list";
        return node instanceof ScalarNode s ? quote(s.getValue()) : "a value";
    }

    /** User text for a message: quoted, and cut short so a hostile value cannot flood the terminal. */
    static String quote(String text) {
        String t = text.strip();
        return "'" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'";
    }
}
