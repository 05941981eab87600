package dev.polyglot.bench.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How many replicas a run's writes wait for ({@code bench --consistency}), for the engines whose writes take a level
 * (Cassandra; see {@code EngineDriver#takesWriteConsistency}); the others ignore it. Reads and loading are not affected.
 * On a single node both levels wait for the one replica; on a cluster QUORUM waits for a majority of the replicas.
 */
public enum WriteConsistency {
    /** One replica acknowledges. */
    ONE,
    /** A majority of the replicas acknowledge. */
    QUORUM;

    /** The level of a run that names none. */
    public static final WriteConsistency DEFAULT = ONE;

    /** The level {@code text} names, in any case; empty for anything else. */
    public static Optional<WriteConsistency> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }

    /** Every level, as {@code ONE or QUORUM}, for messages. */
    public static String listed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(" or "));
    }
}
