package dev.polyglot.bench.profile;

import java.util.Locale;

/**
 * A byte count as a person writes it in a workloads file: {@code 32MB}, {@code 1.2GB}, {@code 512B} (powers of 1000,
 * as the format reads them). Below 10 of a unit one decimal is kept when it is not zero; from 10 up, whole units.
 * The text always parses back to within 5% of the bytes.
 */
public final class SizeText {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private SizeText() {}

    /** @param bytes 0 or more */
    public static String of(long bytes) {
        if (bytes < 0) throw new IllegalArgumentException("bytes must be 0 or more, was " + bytes);
        double value = bytes;
        int unit = 0;
        while (value >= 999.5 && unit < UNITS.length - 1) { value /= 1000; unit++; }
        if (value >= 10 || unit == 0) return Math.round(value) + UNITS[unit];
        double tenths = Math.round(value * 10) / 10.0;
        if (tenths >= 10) return Math.round(value) + UNITS[unit];
        return (tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths)) + UNITS[unit];
    }
}
