package dev.polyglot.bench.clickhouse;

import java.util.Map;

/**
 * Rows one bench write appends to ClickHouse, from {@value #VARIABLE}: {@value #DEFAULT} by default (a collector's
 * small batch); 1 measures the single-row inserts ClickHouse's documentation warns against.
 *
 * @param rows 1 to {@value #MAX}
 */
public record WriteRows(int rows) {
    public static final String VARIABLE = "CLICKHOUSE_WRITE_ROWS";
    public static final int DEFAULT = 100;
    public static final int MAX = 100_000;

    public WriteRows {
        if (rows < 1 || rows > MAX) throw new IllegalArgumentException(VARIABLE + " must be 1 to " + MAX + " rows, was " + rows);
    }

    /** The count {@value #VARIABLE} names, {@value #DEFAULT} when unset; IllegalArgumentException naming it for anything else. */
    public static WriteRows fromEnvironment(Map<String, String> env) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) return new WriteRows(DEFAULT);
        try {
            return new WriteRows(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(VARIABLE + " must be a whole number of rows (1 to " + MAX + "), was '" + value + "'");
        }
    }
}
