package dev.polyglot.bench.load;

import java.util.SplittableRandom;

/**
 * Gray et al.'s zipfian generator as YCSB implements it: item 0 is the most popular, P(i) proportional to
 * 1/(i+1)^theta, drawn in O(1) after an O(n) zeta computation (or a precomputed one for the scramble base).
 */
final class Zipfian {
    static final double YCSB_THETA = 0.99;
    /** YCSB's scramble base: a zipfian over ten billion items whose zeta(theta 0.99) YCSB precomputed. */
    private static final long SCRAMBLE_ITEMS = 10_000_000_000L;
    private static final double SCRAMBLE_ZETA = 26.46902820178302;

    private final long items;
    private final double theta, zetan, alpha, eta, halfPowTheta;

    private Zipfian(long items, double theta, double zetan) {
        if (items < 1) throw new IllegalArgumentException("items must be 1 or more, was " + items);
        if (!(theta > 0 && theta < 1)) throw new IllegalArgumentException("theta must be between 0 and 1 exclusive, was " + theta);
        this.items = items;
        this.theta = theta;
        this.zetan = zetan;
        double zeta2 = 1 + Math.pow(0.5, theta);
        this.alpha = 1 / (1 - theta);
        this.eta = (1 - Math.pow(2.0 / items, 1 - theta)) / (1 - zeta2 / zetan);
        this.halfPowTheta = Math.pow(0.5, theta);
    }

    static Zipfian over(long items, double theta) {
        double zeta = 0;
        for (long i = 1; i <= items; i++) zeta += 1 / Math.pow(i, theta);
        return new Zipfian(items, theta, zeta);
    }

    static Zipfian scrambleBase() { return new Zipfian(SCRAMBLE_ITEMS, YCSB_THETA, SCRAMBLE_ZETA); }

    /** An item in [0, items). */
    long next(SplittableRandom random) {
        double u = random.nextDouble();
        double uz = u * zetan;
        if (uz < 1) return 0;
        if (uz < 1 + halfPowTheta) return Math.min(1, items - 1);
        return Math.min(items - 1, (long) (items * Math.pow(eta * u - eta + 1, alpha)));
    }

    double theta() { return theta; }

    /** 64-bit FNV-1a over the eight bytes of {@code value}, as YCSB scrambles. */
    static long fnv64(long value) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < 8; i++) {
            hash ^= value & 0xff;
            hash *= 0x100000001B3L;
            value >>>= 8;
        }
        return hash;
    }
}
