package dev.polyglot.bench.cassandra;

import dev.polyglot.bench.engine.DatasetSpec;

/**
 * How one shape is laid out in keyspace {@value CassandraBinding#KEYSPACE}: one table, partitioned so a read touches one
 * partition (the key for point lookups, the account for range scans, the series for time series).
 *
 * @param table         the table's name in the keyspace
 * @param partitions    partitions the records spread over, at least 1
 * @param rowsPerRead   rows a range read returns (LIMIT), at least 1
 */
record CassandraTable(String table, long partitions, long rowsPerRead) {
    /** Points per series: one every 10 s over the last hour, as on the other engines. */
    static final long POINTS_PER_SERIES = 360;
    /** Milliseconds between two loaded points of one series. */
    static final long POINT_STEP_MS = 10_000;
    /** The window a time-series read covers, in milliseconds: the last 10 minutes. */
    static final long WINDOW_MS = 600_000;

    CassandraTable {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        if (rowsPerRead < 1) throw new IllegalArgumentException("rowsPerRead must be at least 1, was " + rowsPerRead);
    }

    static CassandraTable of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case POINT_LOOKUP -> new CassandraTable("kv", spec.records(), 1);
            case RANGE_SCAN -> new CassandraTable("payments", Math.max(1, spec.records() / Math.max(50, spec.rowsPerQuery())), spec.rowsPerQuery());
            case TIME_SERIES -> new CassandraTable("points", Math.max(1, spec.records() / POINTS_PER_SERIES), POINTS_PER_SERIES);
            default -> throw new IllegalArgumentException("cassandra has no bench for shape " + spec.shape().id()
                    + "; it runs point-lookup, range-scan and time-series");
        };
    }

    /** The CREATE TABLE of this layout, inside the keyspace. */
    String ddl() {
        String q = CassandraBinding.KEYSPACE + "." + table;
        return switch (table) {
            case "kv" -> "CREATE TABLE IF NOT EXISTS " + q + " (k bigint PRIMARY KEY, v blob)";
            case "payments" -> "CREATE TABLE IF NOT EXISTS " + q + " (account_id bigint, created_at timestamp, seq bigint, amount_cents bigint, memo text,"
                    + " PRIMARY KEY (account_id, created_at, seq)) WITH CLUSTERING ORDER BY (created_at DESC, seq DESC)";
            default -> "CREATE TABLE IF NOT EXISTS " + q + " (series_id bigint, ts timestamp, value double, PRIMARY KEY (series_id, ts))";
        };
    }
}
