package dev.polyglot.bench.load;

import org.HdrHistogram.Histogram;

/** Percentiles of one histogram in milliseconds, 0 when nothing was recorded. */
public record LatencySummary(double p50, double p90, double p99, double p999, double max) {
    /** Summarises a histogram recorded in nanoseconds. */
    public static LatencySummary ofNanos(Histogram h) {
        if (h.getTotalCount() == 0) return new LatencySummary(0, 0, 0, 0, 0);
        return new LatencySummary(ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long nanos) { return Math.round(nanos / 1e3) / 1e3; }
}
