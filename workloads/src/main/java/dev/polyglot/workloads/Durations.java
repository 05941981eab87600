package dev.polyglot.workloads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Durations: {@code 50ms}, {@code 30s}, {@code 5m}, {@code 24h}, {@code 7d}, also spelt out ({@code 1 hour},
 * {@code 90 seconds}). A unit is required: a bare {@code 30} could mean seconds or milliseconds.
 */
public final class Durations {
    private static final Map<String, BigDecimal> UNITS = new HashMap<>();

    static {
        unit(1, "ns", "nanosecond", "nanoseconds");
        unit(1_000, "us", "microsecond", "microseconds");
        unit(1_000_000, "ms", "msec", "millisecond", "milliseconds");
        unit(1_000_000_000L, "s", "sec", "secs", "second", "seconds");
        unit(60_000_000_000L, "m", "min", "mins", "minute", "minutes");
        unit(3_600_000_000_000L, "h", "hr", "hrs", "hour", "hours");
        unit(86_400_000_000_000L, "d", "day", "days");
        unit(604_800_000_000_000L, "w", "week", "weeks");
    }

    private static void unit(long nanos, String... names) {
        for (String name : names) UNITS.put(name, BigDecimal.valueOf(nanos));
    }

    private Durations() {}

    /** A duration above 0, to the nanosecond, at most about 292 years. */
    public static Conversion<Duration> parse(String text) {
        if (UnitText.split(text).map(u -> u.unit().isEmpty()).orElse(false)) {
            return Conversion.refused("a duration needs a unit (ms, s, m, h, d)");
        }
        return UnitText.scaled(text, UNITS, "a duration", "time; use ms, s, m, h or d").then(Durations::nanos);
    }

    /** What {@link #parse} accepts, as a regular expression for the JSON Schema. */
    static String pattern() { return SchemaPatterns.numberWithUnit(UNITS.keySet()); }

    private static Conversion<Duration> nanos(BigDecimal value) {
        if (value.signum() <= 0) return Conversion.refused("a duration must be above 0");
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) return Conversion.refused("the duration is too long");
        long nanos = value.setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (nanos == 0) return Conversion.refused("a duration must be at least 1 nanosecond");
        return Conversion.of(Duration.ofNanos(nanos));
    }

    /** Milliseconds with their fraction, e.g. 0.25 for 250 microseconds. */
    public static double millis(Duration d) { return d.toNanos() / 1e6; }

    /** Compact form for reports: {@code 30s}, {@code 24h}, {@code 50ms}. */
    public static String format(Duration d) {
        long nanos = d.toNanos();
        long[] sizes = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L};
        String[] names = {"d", "h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            // 24h reads better than 1d; whole days only from two days up.
            if (nanos % sizes[i] == 0 && !(i == 0 && nanos < 2 * sizes[0])) return nanos / sizes[i] + names[i];
        }
        return Decimals.format(nanos / 1e6) + "ms";
    }
}
