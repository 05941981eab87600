package dev.polyglot.bench.mysql;

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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * MySQL/MariaDB through MariaDB Connector/J. Everything lives in database {@value #DATABASE}; cleanup drops that
 * database only. Loads in batched INSERTs of {@value #BATCH} rows, one transaction each; operations are server-side
 * prepared statements under a server statement time limit ({@code max_statement_time}, 10 s).
 */
public final class MysqlBinding implements EngineBinding {
    public static final String DATABASE = "polyglot_bench";
    private static final ManifestTable MANIFEST = new ManifestTable(DATABASE + ".manifest", "REPLACE INTO " + DATABASE + ".manifest (shape, records, version) VALUES (?, ?, ?)");
    /** Rows per batch (and transaction) while loading. */
    private static final int BATCH = 5_000;

    private final Endpoint endpoint;
    private final Connection admin;

    private MysqlBinding(Endpoint endpoint, Connection admin) {
        this.endpoint = endpoint;
        this.admin = admin;
    }

    public static MysqlBinding open(Endpoint endpoint) { return new MysqlBinding(endpoint, connect(endpoint)); }

    /** A connection with short timeouts, not bound to any database (every statement names {@value #DATABASE}). */
    public static Connection connect(Endpoint endpoint) {
        Properties props = new Properties();
        endpoint.user().ifPresent(u -> props.setProperty("user", u));
        endpoint.password().ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "3000");   // milliseconds
        props.setProperty("socketTimeout", "30000");   // milliseconds: backstop behind the server's statement limit
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("useServerPrepStmts", "true");
        props.setProperty("sessionVariables", "max_statement_time=10");  // seconds, enforced by MariaDB
        try {
            return DriverManager.getConnection("jdbc:mariadb://" + endpoint.host() + ":" + endpoint.port() + "/", props);
        } catch (SQLException e) {
            throw new EngineUnavailableException(MysqlDriver.ENGINE, endpoint, reason(e));
        }
    }

    private static String reason(SQLException e) {
        if (e.getErrorCode() == 1045) return "login refused (check MYSQL_USER and MYSQL_PWD or the URL's credentials)";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) return "connection refused or timed out";
        return "error " + e.getErrorCode() + " (SQLSTATE " + state + ")";
    }

    @Override public Engine engine() { return MysqlDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        MysqlShape shape = MysqlShape.of(spec);
        try (Statement st = admin.createStatement()) {
            st.execute("SET SESSION max_statement_time = 0");  // loads and index builds may take long
            st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
            st.execute("CREATE TABLE IF NOT EXISTS " + DATABASE + ".manifest (shape VARCHAR(64) PRIMARY KEY, records BIGINT NOT NULL, version INT NOT NULL)");
            if (MANIFEST.holds(admin, spec)) {
                return new LoadReport(spec.records(), 0, true);
            }
            long start = System.nanoTime();
            st.execute("DROP TABLE IF EXISTS " + DATABASE + "." + shape.table());
            st.execute(shape.createTable());
            insert(shape, spec.records());
            for (String index : shape.indexes()) st.execute(index);
            st.execute("ANALYZE TABLE " + DATABASE + "." + shape.table());
            MANIFEST.write(admin, spec.manifest());
            st.execute("SET SESSION max_statement_time = 10");
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (SQLException e) {
            throw new IllegalStateException("loading the " + spec.shape() + " data set into mysql at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void insert(MysqlShape shape, long records) throws SQLException {
        long now = System.currentTimeMillis();
        admin.setAutoCommit(false);
        try (PreparedStatement ps = admin.prepareStatement(shape.insertSql())) {
            for (long i = 0; i < records; i++) {
                shape.bindRow(ps, i, now);
                ps.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == records) {
                    ps.executeBatch();
                    admin.commit();
                }
            }
        } finally {
            admin.setAutoCommit(true);
        }
    }

    @Override public Operation prepare(DatasetSpec spec) {
        MysqlShape shape = MysqlShape.of(spec);
        Connection c = connect(endpoint);
        try {
            return new JdbcOperation(c, shape);
        } catch (SQLException e) {
            try { c.close(); } catch (SQLException ignored) { /* closing a connection that failed to prepare */ }
            throw new IllegalStateException("preparing " + spec.shape() + " statements on mysql failed: " + e.getMessage(), e);
        }
    }

    @Override public void cleanup() {
        // A fresh connection: the admin one may have been cut together with the workers'.
        try (Connection c = connect(endpoint); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("dropping database " + DATABASE + " on mysql at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() {
        try { admin.close(); } catch (SQLException ignored) { /* nothing left to do with a failed close */ }
    }
}
