package dev.polyglot.bench.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.util.Locale;
import java.util.Map;

/**
 * The consistency level of the run's writes (reads are always ONE, loading is always ONE). On the single node that
 * {@code scripts/engines.sh} starts both levels wait for the one replica; on a cluster QUORUM waits for a majority.
 */
public enum WriteConsistency {
    ONE(DefaultConsistencyLevel.ONE), QUORUM(DefaultConsistencyLevel.QUORUM);

    /** The environment variable that picks the level; absent means {@link #ONE}. */
    public static final String VARIABLE = "CASSANDRA_WRITE_CONSISTENCY";

    private final ConsistencyLevel level;

    WriteConsistency(ConsistencyLevel level) { this.level = level; }

    ConsistencyLevel level() { return level; }

    /** The level {@value #VARIABLE} names (any case), {@link #ONE} when unset; IllegalArgumentException naming both for anything else. */
    public static WriteConsistency fromEnvironment(Map<String, String> env) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) return ONE;
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(VARIABLE + " must be ONE or QUORUM, was '" + value + "'");
        }
    }
}
