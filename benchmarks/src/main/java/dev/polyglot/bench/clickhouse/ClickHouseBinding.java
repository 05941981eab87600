package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.Failures;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import ru.yandex.clickhouse.ClickHouseDataSource;
import ru.yandex.clickhouse.settings.ClickHouseProperties;

/**
 * ClickHouse over HTTP with the ru.yandex 0.3.2 driver (the one that still speaks to 18.16), uncompressed.
 * Everything lives in database {@value #DATABASE}; cleanup drops that database only. Loads in large batches.
 */
public final class ClickHouseBinding implements EngineBinding {
    public static final String DATABASE = "polyglot_bench";
    /** Rows per INSERT ... SELECT while loading. */
    private static final int LOAD_BATCH = 1_000_000;

    private final Endpoint endpoint;
    private final ClickHouseDataSource source;

    private ClickHouseBinding(Endpoint endpoint, ClickHouseDataSource source) {
        this.endpoint = endpoint;
        this.source = source;
    }

    /** A binding whose server answered {@code SELECT 1}; its writes append the data set's {@code writeRows} rows each. */
    public static ClickHouseBinding open(Endpoint endpoint) {
        ClickHouseProperties props = new ClickHouseProperties();
        props.setCompress(false);
        props.setDecompress(false);
        props.setConnectionTimeout(2_000);   // milliseconds
        props.setSocketTimeout(30_000);      // milliseconds
        props.setMaxExecutionTime(10);       // seconds, enforced by the server
        endpoint.user().ifPresent(props::setUser);
        endpoint.password().ifPresent(props::setPassword);
        ClickHouseDataSource source = new ClickHouseDataSource("jdbc:clickhouse://" + endpoint.host() + ":" + endpoint.port() + "/default", props);
        ClickHouseBinding binding = new ClickHouseBinding(endpoint, source);
        try (Connection c = source.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            String why = Failures.classify(e) == Outcome.SERVER_ERROR ? "the server refused the query (check CLICKHOUSE_USER/CLICKHOUSE_PASSWORD)"
                    : "connection refused or timed out";
            throw new EngineUnavailableException(ClickHouseDriver.ENGINE, endpoint, why);
        }
        return binding;
    }

    public Connection connection() {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new EngineUnavailableException(ClickHouseDriver.ENGINE, endpoint, "connection refused or timed out");
        }
    }

    @Override public Engine engine() { return ClickHouseDriver.ENGINE; }

    @Override public LoadReport load(DatasetSpec spec) {
        ClickHouseShape shape = ClickHouseShape.of(spec);
        String manifestTable = DATABASE + ".manifest_" + shape.table();
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
            if (readManifest(st, manifestTable, spec).equals(Optional.of(spec.manifest()))) return new LoadReport(spec.records(), 0, true);
            long start = System.nanoTime();
            st.execute("DROP TABLE IF EXISTS " + manifestTable);
            st.execute("DROP TABLE IF EXISTS " + DATABASE + "." + shape.table());
            st.execute(shape.createTable());
            long nowSec = System.currentTimeMillis() / 1000;
            // The server generates the rows (the values bindRow would send), LOAD_BATCH per INSERT so each stays well
            // inside the server's max_execution_time.
            for (long first = 0; first < spec.records(); first += LOAD_BATCH) {
                st.execute(shape.generateSql(first, Math.min(LOAD_BATCH, spec.records() - first), nowSec));
            }
            st.execute("CREATE TABLE " + manifestTable + " (records UInt64, version UInt32) ENGINE = TinyLog");
            st.execute("INSERT INTO " + manifestTable + " VALUES (" + spec.records() + ", " + spec.manifest().version() + ")");
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (SQLException e) {
            throw new IllegalStateException("loading the " + spec.shape() + " data set into clickhouse at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private static Optional<Manifest> readManifest(Statement st, String table, DatasetSpec spec) throws SQLException {
        try (ResultSet exists = st.executeQuery("EXISTS TABLE " + table)) {
            if (!exists.next() || exists.getInt(1) != 1) return Optional.empty();
        }
        try (ResultSet rs = st.executeQuery("SELECT records, version FROM " + table)) {
            return rs.next() ? Optional.of(new Manifest(spec.shape().id(), rs.getLong(1), rs.getInt(2))) : Optional.empty();
        }
    }

    @Override public Operation prepare(DatasetSpec spec) {
        ClickHouseShape shape = ClickHouseShape.of(spec);
        Connection c = connection();
        try {
            return new ClickHouseOperation(c, shape, spec.writeRows().rows());
        } catch (SQLException e) {
            try { c.close(); } catch (SQLException ignored) { /* closing a connection that failed to prepare */ }
            throw new IllegalStateException("preparing " + spec.shape() + " statements on clickhouse failed: " + e.getMessage(), e);
        }
    }

    @Override public void cleanup() {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("dropping database " + DATABASE + " on clickhouse at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() { /* HTTP: no connection held between calls */ }
}
