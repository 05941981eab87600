package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain decimal numbers as people write them in YAML: {@code 800}, {@code 0.01}, {@code 1_000_000},
 * {@code 1,000,000} (groups of three only), {@code 1e6}. No hex, no infinities, no NaN.
 */
public final class Decimals {
    /** Longer texts are refused outright, so a hostile scalar cannot make the number parser work hard. */
    static final int MAX_LENGTH = 64;

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:_+\\d+)*|(?=\\.\\d))(?:\\.\\d+(?:_+\\d+)*)?(?:[eE][+-]?\\d{1,4})?");

    private Decimals() {}

    /** The number written in {@code text}, or empty when it is not a plain decimal number. */
    public static Optional<BigDecimal> parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || !DECIMAL.matcher(t).matches()) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(t.replace("_", "").replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The regular expression (Java and ECMAScript compatible) of a plain decimal number, for the JSON Schema. */
    public static String pattern() { return DECIMAL.pattern(); }

    /** Shortest readable form: {@code 800} rather than {@code 800.0}, {@code 0.01} rather than {@code 1.0E-2}. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
