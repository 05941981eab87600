package dev.polyglot.bench.duckdb;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The claim on schema {@value DuckDbBinding#SCHEMA} of one database file: a connection held for the whole run. DuckDB
 * lets one process write a file at a time (an OS lock on it), so another process, another bench run or anything
 * else, cannot open it meanwhile; the lock dies with the process, so a run that died leaves nothing behind.
 */
public final class DuckDbClaim implements NamespaceClaim {
    private final Connection held;

    private DuckDbClaim(Connection held) { this.held = held; }

    public static DuckDbClaim take(Endpoint endpoint) {
        try {
            return new DuckDbClaim(DuckDbBinding.connectOrThrow(endpoint));
        } catch (SQLException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("lock")) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(message);
                String holder = pid.find() ? "process " + pid.group(1) : "another process";
                throw new NamespaceBusyException(DuckDbDriver.ENGINE, endpoint, holder + " has the file open", "its lock ends with that process");
            }
            throw DuckDbBinding.unavailable(endpoint, e);
        }
    }

    @Override public void close() {
        try { held.close(); } catch (SQLException ignored) { /* the instance goes with the last connection */ }
    }
}
