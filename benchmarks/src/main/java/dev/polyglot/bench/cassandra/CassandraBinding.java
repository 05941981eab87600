package dev.polyglot.bench.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.SyntheticData;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Cassandra through the Java driver. Everything lives in keyspace {@value #KEYSPACE} (SimpleStrategy, one replica);
 * cleanup drops that keyspace only. One session (the driver's thread-safe connection pool) serves the loader and every
 * worker: a session per worker would start a control connection and event loops per worker. Requests time out after
 * {@link #REQUEST_TIMEOUT}, schema changes after {@link #DDL_TIMEOUT}; reads and loading run at ONE, the run's writes
 * at the data set's {@link DatasetSpec#writes()} ({@code bench --consistency}).
 */
public final class CassandraBinding implements EngineBinding {
    public static final String KEYSPACE = "polyglot_bench";
    static final String MANIFEST = KEYSPACE + ".manifest";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DDL_TIMEOUT = Duration.ofSeconds(30);
    /** Loading keeps at most this many inserts in flight. */
    static final int LOAD_IN_FLIGHT = 128;

    private final Endpoint endpoint;
    private final CqlSession session;

    private CassandraBinding(Endpoint endpoint, CqlSession session) {
        this.endpoint = endpoint;
        this.session = session;
    }

    public static CassandraBinding open(Endpoint endpoint) { return new CassandraBinding(endpoint, connect(endpoint)); }

    /** A session with short timeouts whose local datacenter is the contact point's; EngineUnavailableException when none answers. */
    static CqlSession connect(Endpoint endpoint) {
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, CONNECT_TIMEOUT)
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, DDL_TIMEOUT)
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, DDL_TIMEOUT)
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, DefaultConsistencyLevel.ONE.name())
                .withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy")
                .withInt(DefaultDriverOption.RECONNECTION_MAX_DELAY, 2_000)
                .withString(DefaultDriverOption.SESSION_NAME, "polyglot-bench")
                .build();
        CqlSessionBuilder builder = CqlSession.builder().withConfigLoader(config)
                .addContactPoint(InetSocketAddress.createUnresolved(endpoint.host(), endpoint.port()));
        if (endpoint.user().isPresent()) builder = builder.withAuthCredentials(endpoint.user().get(), endpoint.password().orElse(""));
        try {
            return builder.build();
        } catch (DriverException | IllegalStateException e) {
            // The driver's messages name the contact point only; the credentials never reach them.
            throw new EngineUnavailableException(CassandraDriver.ENGINE, endpoint, "connection refused, timed out or login rejected");
        }
    }

    @Override public Engine engine() { return CassandraDriver.ENGINE; }

    /** The server's {@code release_version}, when it says. */
    Optional<String> releaseVersion() {
        Row row = session.execute("SELECT release_version FROM system.local").one();
        return row == null ? Optional.empty() : Optional.ofNullable(row.getString(0));
    }

    /** Creates the keyspace (one replica) when missing; the claim calls this before touching anything inside it. */
    static void createKeyspace(CqlSession session) {
        ddl(session, "CREATE KEYSPACE IF NOT EXISTS " + KEYSPACE + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }

    static void ddl(CqlSession session, String cql) { session.execute(SimpleStatement.newInstance(cql).setTimeout(DDL_TIMEOUT)); }

    @Override public LoadReport load(DatasetSpec spec) {
        CassandraTable table = CassandraTable.of(spec);
        Manifest wanted = spec.manifest();
        try {
            createKeyspace(session);
            ddl(session, "CREATE TABLE IF NOT EXISTS " + MANIFEST + " (tbl text PRIMARY KEY, shape text, records bigint, version int)");
            Row kept = session.execute(SimpleStatement.newInstance("SELECT shape, records, version FROM " + MANIFEST + " WHERE tbl = ?", table.table())).one();
            if (kept != null && new Manifest(kept.getString(0), kept.getLong(1), kept.getInt(2)).equals(wanted)) return new LoadReport(spec.records(), 0, true);
            long start = System.nanoTime();
            session.execute(SimpleStatement.newInstance("DELETE FROM " + MANIFEST + " WHERE tbl = ?", table.table()));
            ddl(session, "DROP TABLE IF EXISTS " + KEYSPACE + "." + table.table());
            ddl(session, table.ddl());
            insertAll(table, spec.records());
            session.execute(SimpleStatement.newInstance("INSERT INTO " + MANIFEST + " (tbl, shape, records, version) VALUES (?, ?, ?, ?)",
                    table.table(), wanted.shape(), wanted.records(), wanted.version()));
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (DriverException e) {
            throw new IllegalStateException("loading the " + spec.shape().id() + " data set into cassandra at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    /** The data set's rows, inserted asynchronously with at most {@value #LOAD_IN_FLIGHT} in flight; the first failure is thrown. */
    private void insertAll(CassandraTable table, long records) {
        PreparedStatement insert = session.prepare(CassandraStatements.insert(table));
        Semaphore inFlight = new Semaphore(LOAD_IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long now = Instant.now().toEpochMilli();
        byte[] payload = new byte[SyntheticData.PAYLOAD_BYTES];
        for (long r = 0; r < records && failure.get() == null; r++) {
            BoundStatement row = switch (table.table()) {
                case "kv" -> {
                    SyntheticData.payload(r, 0, payload);
                    yield insert.bind(r, ByteBuffer.wrap(payload.clone()));
                }
                case "payments" -> insert.bind(r % table.partitions(), Instant.ofEpochMilli(now - r * 1_000), r,
                        SyntheticData.mix(r) % 100_000, SyntheticData.word(r));
                default -> insert.bind(r % table.partitions(), Instant.ofEpochMilli(now - (r / table.partitions()) * CassandraTable.POINT_STEP_MS),
                        (double) (SyntheticData.mix(r) % 10_000) / 100);
            };
            inFlight.acquireUninterruptibly();
            CompletionStage<AsyncResultSet> sent = session.executeAsync(row);
            sent.whenComplete((rs, e) -> {
                if (e != null) failure.compareAndSet(null, e);
                inFlight.release();
            });
        }
        inFlight.acquireUninterruptibly(LOAD_IN_FLIGHT);
        inFlight.release(LOAD_IN_FLIGHT);
        Throwable e = failure.get();
        if (e instanceof DriverException d) throw d;
        if (e != null) throw new IllegalStateException(e.getMessage(), e);
    }

    @Override public Operation prepare(DatasetSpec spec) { return new CassandraOperation(session, CassandraTable.of(spec), spec.writes()); }

    @Override public void cleanup() {
        try {
            ddl(session, "DROP KEYSPACE IF EXISTS " + KEYSPACE);
        } catch (DriverException e) {
            throw new IllegalStateException("dropping keyspace " + KEYSPACE + " on cassandra at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() { session.close(); }
}
