package dev.polyglot.bench.engine;

import java.util.Optional;

/**
 * Rows one bench write appends ({@code bench --write-rows}), on the engines whose writes are batches (ClickHouse; see
 * {@code EngineDriver#takesWriteRows}); the others write one row and refuse the option. {@value #DEFAULT} by default
 * (a collector's small batch); 1 measures the single-row inserts ClickHouse's documentation warns against, which
 * {@code benchmarks/write-path.sh} compares with the other engines' single-row writes.
 *
 * @param rows 1 to {@value #MAX}
 */
public record WriteRows(int rows) {
    public static final int DEFAULT = 100;
    public static final int MAX = 100_000;
    /** The batch of a run that names none. */
    public static final WriteRows DEFAULT_BATCH = new WriteRows(DEFAULT);

    public WriteRows {
        if (rows < 1 || rows > MAX) throw new IllegalArgumentException("--write-rows must be 1 to " + MAX + ", was " + rows);
    }

    /** The count {@code text} names (a whole number, spaces around it allowed); empty for anything that is not one. */
    public static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
