package dev.polyglot.bench.engine;

/**
 * How a data set came to be ready.
 *
 * @param records rows or keys in the data set
 * @param seconds wall time spent loading, 0 when reused
 * @param reused  true when a matching data set left by {@code --keep} was used as is
 */
public record LoadReport(long records, double seconds, boolean reused) {
    /** Records per second loaded; 0 when reused. */
    public double recordsPerSecond() { return reused || seconds <= 0 ? 0 : records / seconds; }
}
