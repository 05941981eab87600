package dev.polyglot.bench.profile;

import java.util.Objects;

/**
 * The latency an engine itself measured for a workload's operations: a p99 in milliseconds, exact (Redis
 * {@code INFO latencystats}, ClickHouse quantiles over its query log) or estimated (PostgreSQL's mean and stddev),
 * and the words saying which. Server-side time: the network and the client are not in it.
 *
 * @param p99Ms    the p99 in milliseconds, 0 or more
 * @param estimate true when the p99 is derived (mean + 2.33 stddev), not counted
 * @param detail   how it was measured, for the draft's comment (not blank)
 */
public record ObservedLatency(double p99Ms, boolean estimate, String detail) {
    /** z for the 99th percentile of a normal distribution: the estimate's assumption. */
    public static final double Z99 = 2.33;

    public ObservedLatency {
        if (!(p99Ms >= 0) || Double.isInfinite(p99Ms)) throw new IllegalArgumentException("p99Ms must be finite and 0 or more, was " + p99Ms);
        Objects.requireNonNull(detail, "detail");
        if (detail.isBlank()) throw new IllegalArgumentException("detail must not be blank");
    }

    /**
     * From a mean and a (population) standard deviation in milliseconds over {@code calls} calls: p99 estimated as
     * mean + {@value #Z99} stddev, which assumes a normal distribution; tails are usually heavier, so it is labelled.
     */
    public static ObservedLatency fromMeanAndStddev(double meanMs, double stddevMs, long calls, String source) {
        double p99 = Math.max(0, meanMs) + Z99 * Math.max(0, stddevMs);
        return new ObservedLatency(p99, true, String.format(java.util.Locale.ROOT,
                "%s: mean %s ms, stddev %s ms over %d calls; p99 ~ %s ms (an estimate: mean + 2.33 stddev, assumes a normal spread)",
                source, Millis.text(meanMs), Millis.text(stddevMs), calls, Millis.text(p99)));
    }

    /** Millisecond figures as the draft writes them: three significant digits, no exponent. */
    public static final class Millis {
        private Millis() {}

        public static String text(double ms) {
            if (ms == 0) return "0";
            return new java.math.BigDecimal(ms).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
    }
}
