package dev.polyglot.advisor.model;

/**
 * The p99 of a mix of two kinds of operation (reads and writes) from each kind's own p99: the latency {@code x}
 * that 1 in 100 of all operations exceed, {@code a * P(A > x) + b * P(B > x) = 0.01}, each kind's latency taken as
 * exponential through its p99, {@code P(A > x) = 0.01^(x / p99A)}. So a kind that is 10% of the operations sets
 * the mix's p99 at its own p90 (about half its p99), and a kind under 1 in 100 nudges it only.
 */
final class MixedTail {
    private static final double TAIL = 0.01, LN_TAIL = Math.log(TAIL);

    private MixedTail() {}

    /**
     * @param shareA share of operations of the first kind, 0..1
     * @param p99A   p99 of the first kind alone, ms, 0 or more
     * @param shareB share of the second kind, 0..1 (the two sum to 1)
     * @param p99B   p99 of the second kind alone, ms, 0 or more
     * @return the mix's p99, ms, between 0 and the larger of the two
     */
    static double p99Ms(double shareA, double p99A, double shareB, double p99B) {
        double lo = 0, hi = Math.max(p99A, p99B);
        if (exceeding(shareA, p99A, shareB, p99B, hi) >= TAIL) return hi;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (exceeding(shareA, p99A, shareB, p99B, mid) > TAIL) lo = mid;
            else hi = mid;
        }
        return hi;
    }

    /** True when, at latency {@code x}, more of the operations above it are of the second kind. */
    static boolean secondWeighsMore(double shareA, double p99A, double shareB, double p99B, double x) {
        return shareB * above(p99B, x) > shareA * above(p99A, x);
    }

    private static double exceeding(double shareA, double p99A, double shareB, double p99B, double x) {
        return shareA * above(p99A, x) + shareB * above(p99B, x);
    }

    /** P(latency > x) for an exponential latency whose p99 is {@code p99}. */
    private static double above(double p99, double x) {
        if (p99 <= 0) return 0;
        return Math.exp(LN_TAIL * x / p99);
    }
}
