package dev.polyglot.advisor.catalog;

import java.util.Objects;

/**
 * One number of the catalog with where it comes from.
 *
 * @param value  the figure, finite; its unit is named by the key that holds it (ms, ops/s, GB, rows/s)
 * @param source a citation (seed, vendor document, public benchmark) or {@code assumed}, never blank
 */
public record Figure(double value, String source) {
    public static final String ASSUMED = "assumed";

    public Figure {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("a figure must be finite, was " + value);
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) throw new IllegalArgumentException("a figure needs a source (or 'assumed')");
    }

    public static Figure assumed(double value) { return new Figure(value, ASSUMED); }

    public boolean isAssumed() { return ASSUMED.equals(source); }

    public int asInt() { return (int) Math.round(value); }
}
