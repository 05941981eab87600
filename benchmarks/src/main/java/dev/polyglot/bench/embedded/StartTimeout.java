package dev.polyglot.bench.embedded;

import java.time.Duration;
import java.util.Objects;

/**
 * How long {@code --embedded} waits for a child server to answer before it gives up (exit 3) and stops it.
 *
 * @param limit more than zero and at most {@link #MAX}; whole seconds are what messages show, so at least one second
 */
public record StartTimeout(Duration limit) {
    /** Longer than any engine takes to start on a loaded machine: a bound beyond it is a mistake, not patience. */
    public static final Duration MAX = Duration.ofHours(1);

    public StartTimeout {
        Objects.requireNonNull(limit, "limit");
        if (limit.compareTo(Duration.ofSeconds(1)) < 0 || limit.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("the start timeout must be 1 s to " + MAX.toMinutes() + " min, was " + limit);
        }
    }

    /** A bound of {@code seconds}, 1 to 3600. */
    public static StartTimeout ofSeconds(long seconds) { return new StartTimeout(Duration.ofSeconds(seconds)); }
}
