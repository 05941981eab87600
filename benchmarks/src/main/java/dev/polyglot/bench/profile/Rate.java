package dev.polyglot.bench.profile;

/**
 * An operations-per-second figure for the draft, always above 0: a measured rate below {@link #FLOOR} is raised
 * to it (a workloads file needs {@code ops_per_sec > 0}), and {@link #floored()} says so, for the comment.
 *
 * @param perSecond the rate written to the draft, at least {@link #FLOOR}
 * @param measured  the rate measured, 0 or more
 */
public record Rate(double perSecond, double measured) {
    /** The smallest rate a draft carries: one operation every 100 seconds. */
    public static final double FLOOR = 0.01;

    public Rate {
        if (!(measured >= 0) || Double.isInfinite(measured)) throw new IllegalArgumentException("measured rate must be finite and 0 or more, was " + measured);
        if (!(perSecond >= FLOOR) || Double.isInfinite(perSecond)) throw new IllegalArgumentException("rate must be at least " + FLOOR + ", was " + perSecond);
    }

    /** {@code operations} over {@code seconds} (above 0), floored at {@link #FLOOR}. */
    public static Rate of(double operations, double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("seconds must be above 0, was " + seconds);
        double measured = Math.max(0, operations) / seconds;
        return new Rate(Math.max(FLOOR, measured), measured);
    }

    /** True when the measured rate was below the floor and the draft carries the floor instead. */
    public boolean floored() { return measured < FLOOR; }
}
