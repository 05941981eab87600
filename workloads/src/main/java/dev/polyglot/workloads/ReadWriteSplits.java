package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A read:write split such as {@code "90:10"} or {@code "3:1"}, turned into the share of reads, 0..1. */
public final class ReadWriteSplits {
    private static final Pattern SPLIT = Pattern.compile("([^:]+):([^:]+)");

    private ReadWriteSplits() {}

    /** What {@link #parse} accepts, as a regular expression for the JSON Schema. */
    static String pattern() { return "^\\s*" + Decimals.pattern() + "\\s*:\\s*" + Decimals.pattern() + "\\s*$"; }

    public static Conversion<Double> parse(String text) {
        Matcher m = SPLIT.matcher(text.strip());
        if (!m.matches()) return Conversion.refused("not a read:write split");
        Optional<BigDecimal> reads = Decimals.parse(m.group(1));
        Optional<BigDecimal> writes = Decimals.parse(m.group(2));
        if (reads.isEmpty() || writes.isEmpty()) return Conversion.refused("not a read:write split");
        if (reads.get().signum() < 0 || writes.get().signum() < 0) return Conversion.refused("reads and writes cannot be negative");
        BigDecimal total = reads.get().add(writes.get());
        if (total.signum() == 0) return Conversion.refused("reads and writes cannot both be 0");
        return Conversion.of(reads.get().divide(total, MathContext.DECIMAL64).doubleValue());
    }
}
