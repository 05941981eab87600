package dev.polyglot.bench.postgres;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.JdbcOperation;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.ManifestTable;
import dev.polyglot.bench.engine.Operation;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL through pgjdbc. Everything lives in schema {@value #SCHEMA}; cleanup drops that schema only.
 * Data sets load with COPY; operations are server-side prepared statements with a server statement timeout.
 */
public final class PostgresBinding implements EngineBinding {
    public static final String SCHEMA = "polyglot_bench";
    private static final ManifestTable MANIFEST = new ManifestTable(SCHEMA + ".manifest", "INSERT INTO " + SCHEMA + ".manifest (shape, records, version) VALUES (?, ?, ?) "
            + "ON CONFLICT (shape) DO UPDATE SET records = excluded.records, version = excluded.version");
    /** Rows per COPY round trip while loading. */
    private static final int COPY_CHUNK = 20_000;

    private final Endpoint endpoint;
    private final Connection admin;

    private PostgresBinding(Endpoint endpoint, Connection admin) {
        this.endpoint = endpoint;
        this.admin = admin;
    }

    public static PostgresBinding open(Endpoint endpoint) {
        return new PostgresBinding(endpoint, connect(endpoint));
    }

    /** The client's read timeout outside loads, ms (the {@code socketTimeout} every connection opens with). */
    private static final int SOCKET_TIMEOUT_MS = 30_000;
    /** The server's limit on one statement outside loads, ms. */
    private static final int STATEMENT_TIMEOUT_MS = 10_000;

    public static Connection connect(Endpoint endpoint) {
        Properties props = new Properties();
        endpoint.user().ifPresent(u -> props.setProperty("user", u));
        endpoint.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "3");      // seconds
        props.setProperty("loginTimeout", "5");        // seconds
        props.setProperty("socketTimeout", String.valueOf(SOCKET_TIMEOUT_MS / 1000));  // seconds: backstop behind the server's statement timeout
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "polyglot-bench");
        props.setProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT_MS);  // enforced by the server
        String url = "jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/" + endpoint.database().orElse("postgres");
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new EngineUnavailableException(PostgresDriver.ENGINE, endpoint, reason(e));
        }
    }

    private static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) return "login refused (check PGUSER and PGPASSWORD or the URL's credentials)";
        if (state.equals("3D000")) return "the database does not exist (check PGDATABASE or the URL)";
        if (state.startsWith("08")) return "connection refused or timed out";
        return "error " + state;
    }

    @Override public Engine engine() { return PostgresDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        PostgresShape shape = PostgresShape.of(spec);
        try (Statement st = admin.createStatement()) {
            // A load's index builds, VACUUM and CHECKPOINT take minutes on millions of rows (the CHECKPOINT waits for
            // one the WAL already started: 3M documents' load failed on the 30 s read timeout), so neither clock applies.
            admin.setNetworkTimeout(Runnable::run, 0);
            st.execute("SET statement_timeout = 0");
            // A failed load ends the run, so only a finished one (or a reused data set) needs the clocks back.
            LoadReport report = load(spec, shape, st);
            st.execute("SET statement_timeout = " + STATEMENT_TIMEOUT_MS);
            admin.setNetworkTimeout(Runnable::run, SOCKET_TIMEOUT_MS);
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("loading the " + spec.shape() + " data set into postgres at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private LoadReport load(DatasetSpec spec, PostgresShape shape, Statement st) throws SQLException {
        st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        st.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".manifest (shape text PRIMARY KEY, records bigint NOT NULL, version int NOT NULL)");
        if (MANIFEST.holds(admin, spec)) return new LoadReport(spec.records(), 0, true);
        long start = System.nanoTime();
        st.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + shape.table());
        st.execute(shape.createTable());
        copy(shape, shape.rows(spec.records()));
        for (String index : shape.indexes()) st.execute(index);
        // As pgbench -i does: a freshly copied table scans slower until its first reads set hint bits, and autovacuum
        // then visits it in the middle of a run; one VACUUM now leaves the steady state the runs are meant to see.
        st.execute("VACUUM ANALYZE " + SCHEMA + "." + shape.table());
        checkpoint(st);
        MANIFEST.write(admin, spec.manifest());
        return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
    }

    /**
     * Writes the load's dirty pages out now, inside the load's time, rather than in the minute after it, when the
     * kernel's write-back of a few hundred MB lands on the first runs measured (after a 3M-row load, calibrate's next
     * light-load p99s spread 58-90% over their repeats). Needs the pg_checkpoint role (PostgreSQL 15, granted by
     * scripts/engines.sh) or a superuser; without it the load ends as before.
     */
    private static void checkpoint(Statement st) throws SQLException {
        try {
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) throw e;  // insufficient_privilege
        }
    }

    private void copy(PostgresShape shape, long records) throws SQLException {
        CopyManager copy = admin.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY " + SCHEMA + "." + shape.table() + " (" + shape.copyColumns() + ") FROM STDIN (FORMAT csv)";
        Instant now = Instant.now();
        StringBuilder chunk = new StringBuilder(COPY_CHUNK * 64);
        for (long i = 0; i < records; i += COPY_CHUNK) {
            chunk.setLength(0);
            long end = Math.min(records, i + COPY_CHUNK);
            for (long r = i; r < end; r++) shape.csvRow(r, now, chunk);
            try {
                copy.copyIn(sql, new StringReader(chunk.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed", "08006", e);
            }
        }
    }

    @Override public Operation prepare(DatasetSpec spec) {
        PostgresShape shape = PostgresShape.of(spec);
        Connection c = connect(endpoint);
        try {
            return new JdbcOperation(c, shape);
        } catch (SQLException e) {
            try { c.close(); } catch (SQLException ignored) { /* closing a connection that failed to prepare */ }
            throw new IllegalStateException("preparing " + spec.shape() + " statements on postgres failed: " + e.getMessage(), e);
        }
    }

    @Override public void cleanup() {
        // A fresh connection: the admin one may have been cut together with the workers'.
        try (Connection c = connect(endpoint); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping schema " + SCHEMA + " on postgres at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() {
        try { admin.close(); } catch (SQLException ignored) { /* nothing left to do with a failed close */ }
    }
}
