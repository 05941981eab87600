package dev.polyglot.bench.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;

/**
 * The claim on keyspace {@value CassandraBinding#KEYSPACE}: row {@code 'bench'} of {@value #TABLE}, inserted with a
 * lightweight transaction ({@code IF NOT EXISTS}, so two runs never both win) that lives {@value #TTL_S} s and holds
 * {@code token host/pid, since TIME}. A daemon thread renews the TTL every third of that while the row is still ours
 * ({@code UPDATE ... IF holder = ?}); release deletes it only if it is still ours. A run that dies stops renewing, so
 * its claim lapses after at most the TTL. The claim creates the keyspace (and nothing else outside its table) before
 * taking it; the run's cleanup drops the keyspace with the claim in it, as ClickHouse's does.
 */
public final class CassandraClaim implements NamespaceClaim {
    static final String TABLE = CassandraBinding.KEYSPACE + ".claim";
    static final int TTL_S = 30;

    private final CqlSession session;
    private final String holder;
    private final int ttlS;
    private final Heartbeat heartbeat;

    private CassandraClaim(CqlSession session, String holder, int ttlS) {
        this.session = session;
        this.holder = holder;
        this.ttlS = ttlS;
        this.heartbeat = Heartbeat.start("bench-claim-renewer", ttlS * 1000L / 3, this::renew);
    }

    /** @param ttlS seconds a claim outlives the last renewal of a run that died, 3 or more */
    static CassandraClaim take(Endpoint endpoint, Claimant me, int ttlS) {
        if (ttlS < 3) throw new IllegalArgumentException("ttlS must be 3 or more, was " + ttlS);
        String holder = me.token() + " " + me.describe();
        CqlSession session = CassandraBinding.connect(endpoint);
        try {
            CassandraBinding.createKeyspace(session);
            CassandraBinding.ddl(session, "CREATE TABLE IF NOT EXISTS " + TABLE + " (name text PRIMARY KEY, holder text)");
            ResultSet rs = session.execute(SimpleStatement.newInstance(
                    "INSERT INTO " + TABLE + " (name, holder) VALUES ('bench', ?) IF NOT EXISTS USING TTL " + ttlS, holder));
            if (rs.wasApplied()) return new CassandraClaim(session, holder, ttlS);
            Row current = rs.one();
            String who = current == null || current.getString("holder") == null ? "one that comes and goes"
                    : current.getString("holder").substring(current.getString("holder").indexOf(' ') + 1);
            session.close();
            throw new NamespaceBusyException(CassandraDriver.ENGINE, endpoint, who, "a claim lapses " + ttlS + " s after its run dies");
        } catch (DriverException e) {
            session.close();
            throw new IllegalStateException("claiming keyspace " + CassandraBinding.KEYSPACE + " on cassandra at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void renew() {
        try {
            session.execute(SimpleStatement.newInstance("UPDATE " + TABLE + " USING TTL " + ttlS + " SET holder = ? WHERE name = 'bench' IF holder = ?",
                    holder, holder));
        } catch (DriverException e) {
            // Cassandra is away, or the cleanup dropped the keyspace: try again next period; the claim lapses if it stays away.
        }
    }

    @Override public void close() {
        heartbeat.stop();
        try {
            session.execute(SimpleStatement.newInstance("DELETE FROM " + TABLE + " WHERE name = 'bench' IF holder = ?", holder));
        } catch (DriverException e) {
            // Cassandra is away or the keyspace is already dropped: the claim lapses after its TTL.
        }
        session.close();
    }
}
