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
     * Whether a read on this path satisfies a workload that accepts {@code needed}. A bounded-staleness path
     * serves a bounded-staleness workload only when its lag fits the workload's bound; an eventual path never
     * serves a bounded one, because nothing bounds it.
     */
    public boolean satisfies(Consistency needed, Optional<Duration> staleness) {
        if (!level.satisfies(needed)) return false;
        if (needed == Consistency.BOUNDED_STALENESS && level == Consistency.BOUNDED_STALENESS) {
            return staleness.map(s -> lagS.value() * 1000 <= s.toMillis()).orElse(true);
        }
        return true;
    }
}
