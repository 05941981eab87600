package dev.polyglot.bench.duckdb;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SqlStatements;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The table, the load and the two statements of one shape on DuckDB, inside schema {@value DuckDbBinding#SCHEMA}. The
 * load is one {@code INSERT ... SELECT} over {@code range(N)} (DuckDB builds the rows itself, vectorised); the
 * columns follow the PostgreSQL binding's tables. See docs/bench-shapes.md.
 */
sealed interface DuckDbShape extends SqlStatements {
    String S = DuckDbBinding.SCHEMA + ".";

    static DuckDbShape of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case AGGREGATE -> new Aggregate(Math.max(1, spec.records() / spec.rowsPerQuery()));
            case TIME_SERIES -> new TimeSeries(Math.max(1, spec.records() / 360));
            default -> throw new IllegalArgumentException("duckdb has no bench for shape " + spec.shape());
        };
    }

    /** Table name without schema. */
    String table();
    String createTable();
    /** Fills the table with {@code records} rows. */
    String loadSql(long records);

    /** A fact table of sales; a read groups one merchant's rows (about rows_per_query) by category. */
    record Aggregate(long merchants) implements DuckDbShape {
        public String table() { return "facts"; }
        public String createTable() {
            return "CREATE TABLE " + S + "facts (merchant_id BIGINT NOT NULL, category SMALLINT NOT NULL, amount_cents BIGINT NOT NULL, created_at TIMESTAMP NOT NULL)";
        }
        public String loadSql(long records) {
            return "INSERT INTO " + S + "facts SELECT i % " + merchants + ", hash(i) % 16, (hash(i) >> 8) % 65536, "
                    + "now()::TIMESTAMP - to_seconds(i % 2592000) FROM range(" + records + ") t(i)";
        }
        public String readSql() {
            return "SELECT category, count(*), sum(amount_cents) FROM " + S + "facts WHERE merchant_id = ? GROUP BY category ORDER BY category";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % merchants); }
        public String writeSql() { return "INSERT INTO " + S + "facts VALUES (?, ?, ?, now()::TIMESTAMP)"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % merchants);
            ps.setInt(2, (int) (seq & 15));
            ps.setLong(3, seq & 0xffff);
        }
    }

    /** Metric points per series over the last hour; writes append now, reads roll up the last 10 minutes by minute. */
    record TimeSeries(long series) implements DuckDbShape {
        public String table() { return "points"; }
        public String createTable() { return "CREATE TABLE " + S + "points (series_id BIGINT NOT NULL, ts TIMESTAMP NOT NULL, value DOUBLE NOT NULL)"; }
        public String loadSql(long records) {
            return "INSERT INTO " + S + "points SELECT i % " + series + ", now()::TIMESTAMP - to_milliseconds((i // " + series + ") * 10000), "
                    + "(hash(i) % 65536) / 100.0 FROM range(" + records + ") t(i)";
        }
        public String readSql() {
            return "SELECT date_trunc('minute', ts) AS minute, avg(value), max(value), count(*) FROM " + S + "points "
                    + "WHERE series_id = ? AND ts >= ? GROUP BY minute ORDER BY minute";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException {
            ps.setLong(1, key % series);
            ps.setTimestamp(2, new Timestamp(System.currentTimeMillis() - 600_000));
        }
        public String writeSql() { return "INSERT INTO " + S + "points VALUES (?, now()::TIMESTAMP, ?)"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % series);
            ps.setDouble(2, (seq & 0xffff) / 100.0);
        }
    }
}
