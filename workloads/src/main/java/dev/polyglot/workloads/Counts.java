package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Counts of rows, documents, vectors or nodes: {@code 30M}, {@code 1.5B}, {@code 200k}, {@code 5000},
 * {@code 1_000_000}, {@code "1,000,000"}. Suffixes are powers of 1000 and case-insensitive:
 * k (thousand), M (million), B or bn (billion), T (trillion).
 */
public final class Counts {
    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "", BigDecimal.ONE,
            "k", BigDecimal.valueOf(1_000L),
            "m", BigDecimal.valueOf(1_000_000L),
            "b", BigDecimal.valueOf(1_000_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L),
            "t", BigDecimal.valueOf(1_000_000_000_000L));

    private Counts() {}

    /** A whole count, 0 or more, that fits in a long. */
    public static Conversion<Long> parse(String text) {
        return UnitText.scaled(text, SUFFIXES, "a count", "count; use k, M, B or T").then(Counts::whole);
    }

    /**
     * An amount above 0 written as a number or a count, fractions allowed: {@code ops_per_sec: 800}, {@code 0.02},
     * {@code 200k}, {@code 1.5M}.
     */
    public static Conversion<Double> positiveAmount(String text) {
        return UnitText.scaled(text, SUFFIXES, "a number", "count; use k, M, B or T").then(value -> {
            double amount = value.doubleValue();
            if (Double.isInfinite(amount)) return Conversion.refused("too large");
            return amount > 0 ? Conversion.of(amount) : Conversion.refused("");
        });
    }

    /** What {@link #parse} and {@link #positiveAmount} accept, as a regular expression for the JSON Schema. */
    static String pattern() { return SchemaPatterns.numberWithUnit(SUFFIXES.keySet()); }

    private static Conversion<Long> whole(BigDecimal value) {
        if (value.signum() < 0) return Conversion.refused("a count cannot be negative");
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Conversion.refused("the count is too large");
        if (value.stripTrailingZeros().scale() > 0) return Conversion.refused("a count must be a whole number");
        return Conversion.of(value.longValueExact());
    }
}
