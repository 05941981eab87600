package dev.polyglot.bench.clickhouse;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SyntheticData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The MergeTree table, the batched insert and the rollup read of one shape in database
 * {@value ClickHouseBinding#DATABASE}. DDL keeps to syntax both 18.16 and current releases accept.
 */
sealed interface ClickHouseShape {
    String D = ClickHouseBinding.DATABASE + ".";

    static ClickHouseShape of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case TIME_SERIES -> new TimeSeries(Math.max(1, spec.records() / 360));
            case AGGREGATE -> new Aggregate(Math.max(1, spec.records() / spec.rowsPerQuery()));
            default -> throw new IllegalArgumentException("clickhouse has no bench for shape " + spec.shape());
        };
    }

    String table();
    String createTable();
    String insertSql();
    /** Binds row {@code i} of the data set (or of an appended batch) with {@code nowMs} as the time anchor. */
    void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException;
    String readSql();
    void bindRead(PreparedStatement ps, long key) throws SQLException;
    /** Groups the key maps onto (series, merchants). */
    long groups();

    /** Metric points; a write appends a batch, a read rolls the last 10 minutes of one series up by minute. */
    record TimeSeries(long groups) implements ClickHouseShape {
        public String table() { return "points"; }
        public String createTable() {
            return "CREATE TABLE " + D + "points (series_id UInt64, ts DateTime, value Float64) "
                    + "ENGINE = MergeTree() PARTITION BY toYYYYMM(ts) ORDER BY (series_id, ts)";
        }
        public String insertSql() { return "INSERT INTO " + D + "points (series_id, ts, value) VALUES (?, ?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            ps.setLong(1, i % groups);
            ps.setTimestamp(2, new Timestamp(nowMs - (i / groups) * 10_000));
            ps.setDouble(3, (SyntheticData.mix(i) & 0xffff) / 100.0);
        }
        public String readSql() {
            return "SELECT toStartOfMinute(ts) AS minute, avg(value), max(value), count() FROM " + D + "points "
                    + "WHERE series_id = ? AND ts >= now() - 600 GROUP BY minute ORDER BY minute";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % groups); }
    }

    /** A sales fact table; a read groups one merchant's rows (about rows_per_query) by category. */
    record Aggregate(long groups) implements ClickHouseShape {
        public String table() { return "facts"; }
        public String createTable() {
            return "CREATE TABLE " + D + "facts (merchant_id UInt64, category UInt8, amount_cents Int64, created_at DateTime) "
                    + "ENGINE = MergeTree() PARTITION BY toYYYYMM(created_at) ORDER BY (merchant_id, created_at)";
        }
        public String insertSql() { return "INSERT INTO " + D + "facts (merchant_id, category, amount_cents, created_at) VALUES (?, ?, ?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            long h = SyntheticData.mix(i);
            ps.setLong(1, i % groups);
            ps.setInt(2, (int) (h & 15));
            ps.setLong(3, (h >>> 8) & 0xffff);
            ps.setTimestamp(4, new Timestamp(nowMs - (i % 2_592_000) * 1000));
        }
        public String readSql() {
            return "SELECT category, count(), sum(amount_cents) FROM " + D + "facts WHERE merchant_id = ? GROUP BY category ORDER BY category";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % groups); }
    }
}
