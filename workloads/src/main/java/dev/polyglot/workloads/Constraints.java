package dev.polyglot.workloads;

import java.util.List;
import java.util.OptionalInt;

/**
 * Limits on the portfolio.
 *
 * @param maxEngines at most this many distinct engines (1 or more), empty for no limit
 * @param prefer     incumbents, chosen over an equally good alternative
 * @param exclude    engines never proposed
 * @param deployment where engines may run
 */
public record Constraints(OptionalInt maxEngines, List<EngineRef> prefer, List<EngineRef> exclude, Deployment deployment) {
    public static final Constraints NONE = new Constraints(OptionalInt.empty(), List.of(), List.of(), Deployment.ANY);

    public Constraints {
        if (maxEngines.isPresent() && maxEngines.getAsInt() < 1) {
            throw new IllegalArgumentException("max_engines must be 1 or more, was " + maxEngines.getAsInt());
        }
        prefer = List.copyOf(prefer);
        exclude = List.copyOf(exclude);
    }

    public boolean prefers(String engineId) { return prefer.stream().anyMatch(e -> e.id().equals(engineId)); }

    public boolean excludes(String engineId) { return exclude.stream().anyMatch(e -> e.id().equals(engineId)); }
}
