package dev.polyglot.bench.profile;

import java.util.Set;

/** Drafts workloads from one engine's statistics. */
public interface Profiler {
    /**
     * @throws dev.polyglot.bench.engine.EngineUnavailableException when the engine cannot be reached or read
     * @throws InterruptedException when interrupted while waiting between the two samples
     */
    Draft profile(ProfileRequest request) throws InterruptedException;

    /** The {@code --from} sources it reads; only {@link ProfileSource#AUTO} unless it has a choice. */
    default Set<ProfileSource> sources() { return Set.of(ProfileSource.AUTO); }
}
