package dev.polyglot.workloads;

import java.util.Optional;
import java.util.function.Function;

/**
 * The result of turning one piece of text into a value: the value, or why the text was refused.
 * Unit parsers return this instead of throwing, so a reader can collect every problem of a file.
 */
public sealed interface Conversion<T> {
    /** The text was understood. */
    record Converted<T>(T value) implements Conversion<T> {}

    /** The text was refused; {@code reason} says what was wrong, e.g. "'gbs' is not a unit of size". */
    record Refused<T>(String reason) implements Conversion<T> {}

    static <T> Conversion<T> of(T value) { return new Converted<>(value); }

    static <T> Conversion<T> refused(String reason) { return new Refused<>(reason); }

    /** Chains a further step that may refuse in turn. */
    default <U> Conversion<U> then(Function<T, Conversion<U>> next) {
        if (this instanceof Converted<T> c) return next.apply(c.value());
        return refused(((Refused<T>) this).reason());
    }

    default <U> Conversion<U> map(Function<T, U> f) { return then(v -> of(f.apply(v))); }

    /** The value, when converted. */
    default Optional<T> toOptional() {
        return this instanceof Converted<T> c ? Optional.of(c.value()) : Optional.empty();
    }
}
