package dev.polyglot.bench.mysql;

import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The claim on database {@value MysqlBinding#DATABASE}: the named lock {@value #LOCK} ({@code GET_LOCK}) held by a
 * dedicated connection for the whole run. It creates no object; the lock dies with the session, so a run that died
 * leaves nothing behind. The holder is named by its connection id, user and host from the process list.
 */
public final class MysqlClaim implements NamespaceClaim {
    static final String LOCK = "polyglot_bench";

    private final Connection session;

    private MysqlClaim(Connection session) { this.session = session; }

    public static MysqlClaim take(Endpoint endpoint) {
        Connection c = MysqlBinding.connect(endpoint);
        try {
            try (PreparedStatement lock = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                lock.setString(1, LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) return new MysqlClaim(c);
                }
            }
            String holder = holder(c);
            closeQuietly(c);
            throw new NamespaceBusyException(MysqlDriver.ENGINE, endpoint, holder, "its lock ends with its database session");
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("claiming database " + MysqlBinding.DATABASE + " on mysql at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code connection N of USER@HOST} from the process list, or the bare connection id when it is not visible to us. */
    private static String holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT l.id, p.USER, p.HOST FROM (SELECT IS_USED_LOCK(?) AS id) l "
                + "LEFT JOIN information_schema.PROCESSLIST p ON p.ID = l.id")) {
            ps.setString(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) return "a session that has just let go";
                return "connection " + rs.getLong(1) + (rs.getString(2) == null ? "" : " of " + rs.getString(2) + "@" + rs.getString(3));
            }
        }
    }

    @Override public void close() {
        try (PreparedStatement unlock = session.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, LOCK);
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
