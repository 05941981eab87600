package dev.polyglot.bench.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the two readings of cumulative counters were taken: each instant is the middle of its reading's round trip,
 * so the rates' denominator is the readings' own distance, not the nominal {@code --sample}.
 *
 * @param start the first reading
 * @param end   the second reading, after {@code start}
 */
public record SampleWindow(Instant start, Instant end) {
    public SampleWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) throw new IllegalArgumentException("end must be after start, was " + start + " .. " + end);
    }

    /** The window's length in seconds, above 0. */
    public double seconds() { return Duration.between(start, end).toNanos() / 1e9; }

    /** A reading and the middle of its round trip. */
    public record Reading<T>(T value, Instant at) {
        public static <T, E extends Exception> Reading<T> take(Checked<T, E> read) throws E {
            Instant before = Instant.now();
            T value = read.get();
            Instant after = Instant.now();
            return new Reading<>(value, before.plus(Duration.between(before, after).dividedBy(2)));
        }
    }

    /** A reading that may fail with {@code E}. */
    @FunctionalInterface
    public interface Checked<T, E extends Exception> {
        T get() throws E;
    }
}
