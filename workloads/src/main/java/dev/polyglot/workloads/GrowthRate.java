package dev.polyglot.workloads;

/**
 * How fast a workload grows, normalised to a factor per month: {@code 20%/month} is 1.2,
 * {@code 2x/year} is 2^(1/12). A factor of 1 means no growth.
 *
 * @param monthlyFactor multiplier applied to the load every month, greater than 0
 * @param text          the rate as the file wrote it, for reports
 */
public record GrowthRate(double monthlyFactor, String text) {
    /** Average days in a month, used to convert weekly and yearly rates. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    public GrowthRate {
        if (!(monthlyFactor > 0) || Double.isInfinite(monthlyFactor)) {
            throw new IllegalArgumentException("monthly growth factor must be a finite number above 0, was " + monthlyFactor);
        }
    }

    /** Months until the load multiplies by {@code factor}; infinite when the workload does not grow. */
    public double monthsUntil(double factor) {
        if (factor <= 1) return 0;
        if (monthlyFactor <= 1) return Double.POSITIVE_INFINITY;
        return Math.log(factor) / Math.log(monthlyFactor);
    }

    @Override public String toString() { return text; }
}
