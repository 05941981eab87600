package dev.polyglot.bench.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The manifest of kept data sets in a SQL engine: table {@code NAMESPACE.manifest (shape, records, version)}, one
 * row per shape. The engines differ only in how they spell an upsert.
 *
 * @param table  the qualified table, e.g. {@code polyglot_bench.manifest}
 * @param upsert the statement that inserts or replaces one row, with parameters shape, records, version in that order
 */
public record ManifestTable(String table, String upsert) {
    public Optional<Manifest> read(Connection c, String shape) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT records, version FROM " + table + " WHERE shape = ?")) {
            ps.setString(1, shape);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Manifest(shape, rs.getLong(1), rs.getInt(2))) : Optional.empty();
            }
        }
    }

    /** Whether the data set {@code spec} describes is loaded as it describes (same shape, records and layout). */
    public boolean holds(Connection c, DatasetSpec spec) throws SQLException {
        return read(c, spec.shape().id()).equals(Optional.of(spec.manifest()));
    }

    public void write(Connection c, Manifest m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            ps.setString(1, m.shape());
            ps.setLong(2, m.records());
            ps.setInt(3, m.version());
            ps.executeUpdate();
        }
    }
}
