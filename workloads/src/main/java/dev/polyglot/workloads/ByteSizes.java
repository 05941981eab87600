package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Sizes: {@code 512MB}, {@code 2GB}, {@code "512 MiB"}, {@code 50TB}. KB, MB, GB, TB, PB are powers of 1000;
 * KiB, MiB, GiB, TiB, PiB powers of 1024; units are case-insensitive; a plain number is bytes.
 */
public final class ByteSizes {
    private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("b", BigDecimal.ONE), Map.entry("bytes", BigDecimal.ONE),
            Map.entry("kb", BigDecimal.TEN.pow(3)), Map.entry("mb", BigDecimal.TEN.pow(6)),
            Map.entry("gb", BigDecimal.TEN.pow(9)), Map.entry("tb", BigDecimal.TEN.pow(12)),
            Map.entry("pb", BigDecimal.TEN.pow(15)),
            Map.entry("kib", BigDecimal.valueOf(1024).pow(1)), Map.entry("mib", BigDecimal.valueOf(1024).pow(2)),
            Map.entry("gib", BigDecimal.valueOf(1024).pow(3)), Map.entry("tib", BigDecimal.valueOf(1024).pow(4)),
            Map.entry("pib", BigDecimal.valueOf(1024).pow(5)));

    private ByteSizes() {}

    /** A size of 0 bytes or more, rounded to the nearest byte. */
    public static Conversion<ByteSize> parse(String text) {
        return UnitText.scaled(text, UNITS, "a size", "size; use B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB")
                .then(ByteSizes::bytes);
    }

    /** What {@link #parse} accepts, as a regular expression for the JSON Schema. */
    static String pattern() { return SchemaPatterns.numberWithUnit(UNITS.keySet()); }

    private static Conversion<ByteSize> bytes(BigDecimal value) {
        if (value.signum() < 0) return Conversion.refused("a size cannot be negative");
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Conversion.refused("the size is too large");
        return Conversion.of(new ByteSize(value.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }
}
