package dev.polyglot.bench.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.bench.engine.WriteConsistency;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * One worker's statements on the binding's shared session: a read by key, of an account's latest rows or of a
 * series' last 10 minutes (rolled up per minute on the client: CQL's GROUP BY cannot bucket time before 5.0's
 * functions on clustering columns, and the rows read are what the server pays for); a write upserts one record or
 * appends one row at now, at the run's write consistency. Every row of a result is read, so paging is paid for.
 */
final class CassandraOperation implements Operation {
    private final CqlSession session;
    private final CassandraTable table;
    private final PreparedStatement read;
    private final PreparedStatement write;
    private final byte[] payload = new byte[SyntheticData.PAYLOAD_BYTES];
    private final double[] perMinute = new double[(int) (CassandraTable.WINDOW_MS / 60_000) + 1];
    private final DefaultConsistencyLevel consistency;
    private long writes;

    CassandraOperation(CqlSession session, CassandraTable table, WriteConsistency consistency) {
        this.session = session;
        this.table = table;
        this.read = session.prepare(CassandraStatements.read(table));
        this.write = session.prepare(CassandraStatements.insert(table));
        this.consistency = switch (consistency) {
            case ONE -> DefaultConsistencyLevel.ONE;
            case QUORUM -> DefaultConsistencyLevel.QUORUM;
        };
        this.writes = System.nanoTime();  // distinct clustering keys across workers and runs
    }

    @Override public Outcome execute(OpKind kind, long k) {
        try {
            ResultSet rs = session.execute(kind == OpKind.READ ? readOf(k) : writeOf(k));
            if (kind == OpKind.READ) consume(rs);
            return Outcome.OK;
        } catch (DriverTimeoutException | QueryConsistencyException e) {  // the client's or the coordinator's timeout
            return Outcome.TIMEOUT;
        } catch (AllNodesFailedException e) {
            // The driver wraps what each node it tried said: a node that answered (too few replicas alive for the
            // write's level, overloaded) is a server error; only nodes that could not be reached are a lost connection.
            return answered(e) ? Outcome.SERVER_ERROR : Outcome.CONNECTION_LOST;
        } catch (ClosedConnectionException e) {
            return Outcome.CONNECTION_LOST;
        } catch (DriverException e) {
            return Outcome.SERVER_ERROR;
        }
    }

    private static boolean answered(AllNodesFailedException e) {
        return e.getAllErrors().values().stream().flatMap(java.util.List::stream).anyMatch(CoordinatorException.class::isInstance);
    }

    private com.datastax.oss.driver.api.core.cql.BoundStatement readOf(long k) {
        return switch (table.table()) {
            case "kv" -> read.bind(k);
            case "payments" -> read.bind(k % table.partitions(), (int) table.rowsPerRead());
            default -> read.bind(k % table.partitions(), Instant.ofEpochMilli(System.currentTimeMillis() - CassandraTable.WINDOW_MS));
        };
    }

    private com.datastax.oss.driver.api.core.cql.BoundStatement writeOf(long k) {
        long n = writes++;
        var bound = switch (table.table()) {
            case "kv" -> {
                SyntheticData.payload(k, (int) (n & 3) + 1, payload);
                yield write.bind(k, ByteBuffer.wrap(payload));
            }
            case "payments" -> write.bind(k % table.partitions(), Instant.now(), n, SyntheticData.mix(n) % 100_000, SyntheticData.word(n));
            default -> write.bind(k % table.partitions(), Instant.now(), (double) (SyntheticData.mix(n) % 10_000) / 100);
        };
        return bound.setConsistencyLevel(consistency);
    }

    /** Reads every row; time-series rows are rolled up per minute (sum of values per minute bucket). */
    private void consume(ResultSet rs) {
        if (table.table().equals("points")) {
            java.util.Arrays.fill(perMinute, 0);
            long from = System.currentTimeMillis() - CassandraTable.WINDOW_MS;
            for (var row : rs) {
                int minute = (int) Math.min(perMinute.length - 1, Math.max(0, (row.getInstant(0).toEpochMilli() - from) / 60_000));
                perMinute[minute] += row.getDouble(1);
            }
        } else {
            for (var row : rs) row.getColumnDefinitions();
        }
    }

    /** The session is the binding's: closing a worker leaves it to the binding. */
    @Override public void close() { }
}
