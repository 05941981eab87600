package dev.polyglot.bench.duckdb;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.JdbcOperation;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.ManifestTable;
import dev.polyglot.bench.engine.Operation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB through its JDBC driver, in this process, over the endpoint's database file. Everything lives in schema
 * {@value #SCHEMA}; cleanup drops that schema only. The connections of one file share one DuckDB instance (the
 * driver's instance cache), capped at {@value #MEMORY_LIMIT} and {@value #THREADS} threads so it fits beside the
 * engines it is compared with; each statement is cancelled after {@value #TIMEOUT_S} s.
 */
public final class DuckDbBinding implements EngineBinding {
    public static final String SCHEMA = "polyglot_bench";
    private static final ManifestTable MANIFEST = new ManifestTable(SCHEMA + ".manifest", "INSERT OR REPLACE INTO " + SCHEMA + ".manifest VALUES (?, ?, ?)");
    static final String MEMORY_LIMIT = "1GB";
    static final int THREADS = 2;
    static final int TIMEOUT_S = 10;

    private final Endpoint endpoint;
    private final Connection admin;

    private DuckDbBinding(Endpoint endpoint, Connection admin) {
        this.endpoint = endpoint;
        this.admin = admin;
    }

    public static DuckDbBinding open(Endpoint endpoint) {
        try {
            return new DuckDbBinding(endpoint, connectOrThrow(endpoint));
        } catch (SQLException e) {
            throw unavailable(endpoint, e);
        }
    }

    /** A connection to the endpoint's file, the instance capped in memory and threads. */
    static Connection connectOrThrow(Endpoint endpoint) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + endpoint.host());
        try (Statement st = c.createStatement()) {
            st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            st.execute("SET threads = " + THREADS);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    static EngineUnavailableException unavailable(Endpoint endpoint, SQLException e) {
        String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return new EngineUnavailableException("cannot open duckdb database " + endpoint + ": " + why + " (give --url duckdb:PATH to a file this user can write)");
    }

    @Override public Engine engine() { return DuckDbDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        DuckDbShape shape = DuckDbShape.of(spec);
        try (Statement st = admin.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            st.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".manifest (shape VARCHAR PRIMARY KEY, records BIGINT NOT NULL, version INTEGER NOT NULL)");
            if (MANIFEST.holds(admin, spec)) {
                return new LoadReport(spec.records(), 0, true);
            }
            long start = System.nanoTime();
            st.execute("DROP TABLE IF EXISTS " + SCHEMA + "." + shape.table());
            st.execute(shape.createTable());
            st.execute(shape.loadSql(spec.records()));
            MANIFEST.write(admin, spec.manifest());
            st.execute("CHECKPOINT");
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (SQLException e) {
            throw new IllegalStateException("loading the " + spec.shape() + " data set into duckdb " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public Operation prepare(DatasetSpec spec) {
        DuckDbShape shape = DuckDbShape.of(spec);
        try {
            Connection c = connectOrThrow(endpoint);
            try {
                return new JdbcOperation(c, shape, TIMEOUT_S);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("preparing " + spec.shape() + " statements on duckdb failed: " + e.getMessage(), e);
        }
    }

    @Override public void cleanup() {
        try (Statement st = admin.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("dropping schema " + SCHEMA + " in duckdb " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() {
        try { admin.close(); } catch (SQLException ignored) { /* nothing left to do with a failed close */ }
    }
}
