package dev.polyglot.bench.calibrate;

import dev.polyglot.workloads.Shape;
import java.util.Objects;

/**
 * One catalog figure measured by {@code polyglot calibrate}.
 *
 * @param shape  the capability it belongs to
 * @param key    the catalog key, e.g. {@code service_ms}, {@code scan_rows_per_s}, {@code ops_per_node}, {@code ceiling_ops}
 * @param value  the figure as the catalog reads it (per-node figures scaled to the catalog's node), finite and above 0
 * @param raw    the value as measured on this host, before any scaling
 * @param spread relative range of the repeats, (max - min) / median, 0 or more
 * @param how    how it was measured and scaled, in words (kept in the figure's source)
 */
public record MeasuredFigure(Shape shape, String key, double value, double raw, double spread, String how) {
    public MeasuredFigure {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(how, "how");
        if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException(key + " must be a finite number above 0, was " + value);
        if (!(spread >= 0)) throw new IllegalArgumentException("spread must be 0 or more, was " + spread);
    }
}
