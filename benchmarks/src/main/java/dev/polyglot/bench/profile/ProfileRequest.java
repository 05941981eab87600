package dev.polyglot.bench.profile;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to profile.
 *
 * @param engine   the engine to read statistics from
 * @param endpoint where it listens (credentials never printed)
 * @param sample   time between the two readings of the cumulative counters, 100 ms to 1 hour
 * @param scope    Postgres schema, ClickHouse database or Redis key glob (e.g. {@code app:*}) to limit the draft to
 * @param system   the {@code system:} name written into the draft, not blank
 * @param source   which statistics to draft from; other than {@link ProfileSource#AUTO} only where the engine's profiler reads it
 */
public record ProfileRequest(Engine engine, Endpoint endpoint, Duration sample, Optional<String> scope, String system, ProfileSource source) {
    public ProfileRequest {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(system, "system");
        if (sample.compareTo(Duration.ofMillis(100)) < 0 || sample.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("--sample must be between 100ms and 1h, was " + sample.toMillis() + "ms");
        }
        if (system.isBlank()) throw new IllegalArgumentException("--system must not be blank");
        if (scope.isPresent() && scope.get().isBlank()) throw new IllegalArgumentException("the scope (--schema, --database, --match) must not be blank");
    }

    /** The sample length in seconds, above 0. */
    public double sampleSeconds() { return sample.toMillis() / 1000.0; }

    /** {@code " (scope S)"} for the notes of a scoped draft, else empty. */
    public String scopeNote() { return scope.map(s -> " (scope " + s + ")").orElse(""); }
}
