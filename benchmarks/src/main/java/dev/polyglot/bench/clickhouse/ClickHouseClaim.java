package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The claim on database {@value ClickHouseBinding#DATABASE}, best effort: ClickHouse has no locks, so claims are rows
 * in {@value #TABLE} (a {@code Log} table: appends are visible to the next query on a single server). A claim is its
 * token's rows: one inserted on taking, a heartbeat row every {@value #HEARTBEAT_S} s by a daemon thread, and a
 * released row at the end; it is live while not released and its last heartbeat (server time) is less than the
 * staleness timeout old, so a claim left by a run that died lapses after that timeout.
 *
 * <p>Taking is insert-then-check: insert our row, then look for any other live claim; if there is one, mark ours
 * released and refuse. Two runs starting at the same instant may therefore both refuse, but two runs never both
 * proceed, as long as each one's insert is visible to the other's check (true on one server; not across replicas or a
 * Distributed table, which the bench does not use). Residual races: a run stalled longer than the staleness timeout
 * loses its claim without noticing, and a run whose claim was taken over still drops the database at its end.
 */
public final class ClickHouseClaim implements NamespaceClaim {
    static final String TABLE = ClickHouseBinding.DATABASE + ".claims";
    /** A claim with no heartbeat for this long (seconds) is taken to belong to a run that died. */
    public static final int STALE_AFTER_S = 30;
    static final int HEARTBEAT_S = 5;

    private final ClickHouseBinding server;
    private final Claimant me;
    private final Heartbeat heartbeat;

    private ClickHouseClaim(ClickHouseBinding server, Claimant me) {
        this.server = server;
        this.me = me;
        this.heartbeat = Heartbeat.start("bench-claim-heartbeat", HEARTBEAT_S * 1000L, () -> mark(false));
    }

    /** @param staleAfterS seconds without a heartbeat after which another run's claim is ignored, above {@value #HEARTBEAT_S} */
    public static ClickHouseClaim take(Endpoint endpoint, Claimant me, int staleAfterS) {
        if (staleAfterS <= HEARTBEAT_S) throw new IllegalArgumentException("staleness must be above " + HEARTBEAT_S + " s, was " + staleAfterS);
        ClickHouseBinding server = ClickHouseBinding.open(endpoint);
        try (Connection c = server.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + ClickHouseBinding.DATABASE);
            st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (token String, owner String, at DateTime, released UInt8) ENGINE = Log");
            st.execute(insert(me, false));
            Optional<String> other = otherLiveClaim(st, me, staleAfterS);
            if (other.isPresent()) {
                st.execute(insert(me, true));
                throw new NamespaceBusyException(ClickHouseDriver.ENGINE, endpoint, other.get(),
                        "a claim lapses " + staleAfterS + " s after its run dies");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming database " + ClickHouseBinding.DATABASE + " on clickhouse at " + endpoint + " failed: " + e.getMessage(), e);
        }
        return new ClickHouseClaim(server, me);
    }

    private static Optional<String> otherLiveClaim(Statement st, Claimant me, int staleAfterS) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT any(owner) FROM " + TABLE + " WHERE token != '" + me.token() + "' GROUP BY token "
                + "HAVING max(released) = 0 AND max(at) > now() - " + staleAfterS + " ORDER BY min(at) LIMIT 1")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** Tokens are hex and owners are host names, pids and times; quotes and backslashes are escaped anyway. */
    private static String insert(Claimant me, boolean released) {
        String owner = me.describe().replace("\\", "\\\\").replace("'", "\\'");
        return "INSERT INTO " + TABLE + " (token, owner, at, released) VALUES ('" + me.token() + "', '" + owner + "', now(), " + (released ? 1 : 0) + ")";
    }

    /** Appends a heartbeat or the release; a failure is left alone (the claim lapses, or the database is already dropped). */
    private void mark(boolean released) {
        try (Connection c = server.connection(); Statement st = c.createStatement()) {
            st.execute(insert(me, released));
        } catch (SQLException | RuntimeException ignored) {
            // ClickHouse is away or the run's cleanup has dropped the database with the claims in it.
        }
    }

    @Override public void close() {
        heartbeat.stop();
        mark(true);
        server.close();
    }
}
