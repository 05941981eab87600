package dev.polyglot.bench.profile;

import dev.polyglot.bench.engine.Engine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A draft workloads file: what the statistics of one engine suggest.
 *
 * @param system    the system name
 * @param engine    where the statistics came from (becomes {@code constraints.prefer})
 * @param workloads the guessed workloads, possibly empty when nothing was busy
 * @param notes     header comment lines: what was read, what was not available
 * @param window    when the counters were read, where the rates come from two readings
 */
public record Draft(String system, Engine engine, List<DraftWorkload> workloads, List<String> notes, Optional<SampleWindow> window) {
    public Draft {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(engine, "engine");
        workloads = List.copyOf(workloads);
        notes = List.copyOf(notes);
        Objects.requireNonNull(window, "window");
    }

    /** A draft without a recorded window. */
    public Draft(String system, Engine engine, List<DraftWorkload> workloads, List<String> notes) {
        this(system, engine, workloads, notes, Optional.empty());
    }
}
