package dev.polyglot.bench.calibrate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How much {@code polyglot calibrate} measures: the length of each run, how often each is repeated (for the spread),
 * and the data sizes. Figures the model scales with size are measured at every size listed (two or more) and a line
 * is fitted through them.
 *
 * @param step          measured time of one run, 500 ms to 10 min
 * @param repeats       runs per measured point, 2 to 20 (the figure is their median, the spread their range)
 * @param records       records of the data sets of shapes whose cost does not grow with size in the model
 * @param rangeRecords  records of the table range scans read, 1,000 or more: large enough that one key's rows sit on
 *                      pages of their own, as in a production history table, not on the few pages of a small one
 *                      (an engine that holds everything in memory reads a table of {@code records})
 * @param rangeRows     rows per range read, two or more values, for the slope of a range scan
 * @param aggregateRows rows per full-pass aggregate (its records), two or more values, for the scan rate
 * @param corpusDocs    documents a full-text search runs over, two or more values, for the rate at which it ranks its
 *                      matches (a search matches a share of the documents: {@code ModelAssumptions.searchMatchShare})
 */
public record CalibrationPlan(Duration step, int repeats, long records, long rangeRecords, List<Long> rangeRows, List<Long> aggregateRows,
                              List<Long> corpusDocs) {
    public CalibrationPlan {
        Objects.requireNonNull(step, "step");
        if (step.toMillis() < 500 || step.toMinutes() > 10) throw new IllegalArgumentException("a step must be 500 ms to 10 min, was " + step);
        if (repeats < 2 || repeats > 20) throw new IllegalArgumentException("repeats must be 2 to 20, was " + repeats);
        if (records < 1_000) throw new IllegalArgumentException("records must be 1,000 or more, was " + records);
        if (rangeRecords < 1_000) throw new IllegalArgumentException("range-scan records must be 1,000 or more, was " + rangeRecords);
        rangeRows = List.copyOf(rangeRows);
        aggregateRows = List.copyOf(aggregateRows);
        corpusDocs = List.copyOf(corpusDocs);
        if (rangeRows.size() < 2 || aggregateRows.size() < 2 || corpusDocs.size() < 2) throw new IllegalArgumentException("a slope needs two sizes or more");
    }

    /** This plan with another step and number of repeats (the command line's {@code --step} and {@code --repeats}). */
    public CalibrationPlan with(Duration step, int repeats) {
        return new CalibrationPlan(step, repeats, records, rangeRecords, rangeRows, aggregateRows, corpusDocs);
    }

    /**
     * Under five minutes for PostgreSQL, Redis and ClickHouse together on a 2-core machine: range scans read a 2M-record
     * table (190 MB in PostgreSQL, beyond its default 128 MB of shared buffers, as the full plan's 3M is).
     */
    public static CalibrationPlan quick() {
        return new CalibrationPlan(Duration.ofSeconds(2), 2, 20_000, 2_000_000, List.of(10L, 1_000L), List.of(100_000L, 1_000_000L),
                List.of(5_000L, 50_000L));
    }

    /** Longer runs, three repeats, three sizes. */
    public static CalibrationPlan full() {
        return new CalibrationPlan(Duration.ofSeconds(5), 3, 100_000, 3_000_000, List.of(10L, 300L, 3_000L), List.of(100_000L, 1_000_000L, 3_000_000L),
                List.of(5_000L, 50_000L, 200_000L));
    }
}
