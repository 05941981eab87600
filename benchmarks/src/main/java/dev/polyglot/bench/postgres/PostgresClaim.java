package dev.polyglot.bench.postgres;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The claim on schema {@value PostgresBinding#SCHEMA} of one database: a session-level advisory lock on key
 * {@value #LOCK_KEY} held by a dedicated connection for the whole run. It creates no object; the lock dies with the
 * session, so a run that died (or whose connection was cut) leaves nothing behind. The holder is found through
 * {@code pg_locks} and the holding session's {@code application_name} ({@value #APP_PREFIX}{@code host/pid}).
 * Caveat: if the claim's connection is cut mid-run, the lock goes with it and the run does not notice.
 */
public final class PostgresClaim implements NamespaceClaim {
    /** "polyglot" in ASCII: the one advisory-lock key the bench uses, per database. */
    public static final long LOCK_KEY = 0x706f6c79676c6f74L;
    static final String APP_PREFIX = "polyglot-bench-claim ";

    private final Connection session;

    private PostgresClaim(Connection session) { this.session = session; }

    public static PostgresClaim take(Endpoint endpoint, Claimant me) {
        Connection c = PostgresBinding.connect(endpoint);
        try {
            try (PreparedStatement name = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                name.setString(1, APP_PREFIX + me.process());
                name.execute();
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) return new PostgresClaim(c);
                }
            }
            String holder = holder(c);
            closeQuietly(c);
            throw new NamespaceBusyException(PostgresDriver.ENGINE, endpoint, holder, "its lock ends with its database session");
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("claiming schema " + PostgresBinding.SCHEMA + " on postgres at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code host/pid, since TIME} from the holding session, or its backend pid when its name is not visible to us. */
    private static String holder(Connection c) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, date_trunc('second', a.backend_start AT TIME ZONE 'UTC') FROM pg_locks l "
                + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                + "AND l.classid::bigint = ? AND l.objid::bigint = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, LOCK_KEY >>> 32);
            ps.setLong(2, LOCK_KEY & 0xffff_ffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return "a session that has just let go";
                String app = rs.getString(2);
                String since = rs.getString(3) == null ? "" : ", since " + rs.getString(3).replace(' ', 'T') + "Z";
                return app != null && app.startsWith(APP_PREFIX) ? app.substring(APP_PREFIX.length()) + since
                        : "server process " + rs.getInt(1) + since;
            }
        }
    }

    @Override public void close() {
        try (PreparedStatement unlock = session.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        } catch (SQLException ignored) {
            // The session is gone, and its lock with it.
        }
        closeQuietly(session);
    }

    private static void closeQuietly(Connection c) {
        try { c.close(); } catch (SQLException ignored) { /* closing ends the session and any lock it holds */ }
    }
}
