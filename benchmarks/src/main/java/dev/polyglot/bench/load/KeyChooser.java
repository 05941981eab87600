package dev.polyglot.bench.load;

import java.util.SplittableRandom;

/**
 * Picks the record an operation targets, in [0, records). Implementations are immutable after construction and
 * take the worker's own random source, so one chooser serves every worker without locks or allocation.
 */
public interface KeyChooser {
    long next(SplittableRandom random);

    /** Every record equally likely. */
    static KeyChooser uniform(long records) {
        requireRecords(records);
        return random -> random.nextLong(records);
    }

    /**
     * A hot set of {@code hotFraction} of the records receives {@code hotOpFraction} of the operations (YCSB hotspot).
     */
    static KeyChooser hotspot(long records, double hotFraction, double hotOpFraction) {
        requireRecords(records);
        long hot = Math.max(1, (long) (records * hotFraction));
        long cold = records - hot;
        return random -> random.nextDouble() < hotOpFraction || cold == 0 ? random.nextLong(hot) : hot + random.nextLong(cold);
    }

    /** The most recently inserted records (highest keys) are the most popular, zipfian over recency (YCSB latest). */
    static KeyChooser latest(long records) {
        Zipfian zipf = Zipfian.over(records, Zipfian.YCSB_THETA);
        return random -> records - 1 - zipf.next(random);
    }

    /** Zipfian popularity (theta 0.99) with the popular keys scattered over the key space by an FNV hash (YCSB). */
    static KeyChooser scrambledZipfian(long records) {
        requireRecords(records);
        Zipfian zipf = Zipfian.scrambleBase();
        return random -> Long.remainderUnsigned(Zipfian.fnv64(zipf.next(random)), records);
    }

    private static void requireRecords(long records) {
        if (records < 1) throw new IllegalArgumentException("records must be 1 or more, was " + records);
    }
}
