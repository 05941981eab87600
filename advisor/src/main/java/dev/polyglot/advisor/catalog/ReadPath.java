package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Consistency;
import java.time.Duration;
import java.util.Optional;

/**
 * What a read on one path of an engine guarantees: the primary, a replica, or a derived copy fed from a
 * source of truth.
 *
 * @param level the guarantee
 * @param lagS  typical lag behind the latest write in seconds, 0 or more (0 for strong and read-your-writes)
 */
public record ReadPath(Consistency level, Figure lagS) {
    public ReadPath {
        if (lagS.value() < 0) throw new IllegalArgumentException("lag must be 0 s or more, was " + lagS.value());
    }

    public static ReadPath of(Consistency level) { return new ReadPath(level, new Figure(0, "by definition")); }

    /**
     * An eventual path's typical lag times this is taken as its worst lag (assumed): nothing bounds an asynchronous
     * replica, but one whose typical lag is a tenth of a workload's bound keeps inside it outside an incident.
     */
    public static final double EVENTUAL_WORST_LAG_FACTOR = 10;

    /**
     * Whether a read on this path satisfies a workload that accepts {@code needed}. A bounded-staleness path
     * serves a bounded-staleness workload only when its lag fits the workload's bound; an eventual path serves one
     * only when {@link #EVENTUAL_WORST_LAG_FACTOR} times its typical lag fits the bound (a one-minute dashboard
     * on replicas two seconds behind).
     */
    public boolean satisfies(Consistency needed, Optional<Duration> staleness) {
        if (needed == Consistency.BOUNDED_STALENESS && level == Consistency.EVENTUAL) {
            return staleness.map(s -> lagS.value() * EVENTUAL_WORST_LAG_FACTOR * 1000 <= s.toMillis()).orElse(false);
        }
        if (!level.satisfies(needed)) return false;
        if (needed == Consistency.BOUNDED_STALENESS && level == Consistency.BOUNDED_STALENESS) {
            return staleness.map(s -> lagS.value() * 1000 <= s.toMillis()).orElse(true);
        }
        return true;
    }
}
