package dev.polyglot.bench.postgres;

import dev.polyglot.workloads.Shape;
import java.util.OptionalLong;

/**
 * The access shape a table's lifetime counters suggest, and why: tables read by large sequential scans look like
 * aggregates (checked first), append-mostly tables written more than scanned look like time series, index scans
 * that fetch several rows look like range scans, and the rest like point lookups. Lifetime counters include bulk
 * loads, so a freshly loaded table may look append-mostly.
 */
record TableShape(Shape shape, String reason, OptionalLong rowsPerQuery) {
    /** Rows per sequential scan from which scanning counts as aggregating. */
    static final long AGGREGATE_ROWS = 1_000;

    static TableShape guess(PgTableStats t) {
        long rowsPerSeqScan = t.seqScan() == 0 ? 0 : t.seqTupRead() / t.seqScan();
        if (t.seqScan() >= t.idxScan() && t.seqScan() > 0 && rowsPerSeqScan >= AGGREGATE_ROWS) {
            return new TableShape(Shape.AGGREGATE, "read by sequential scans of " + rowsPerSeqScan + " rows each (seq_scan " + t.seqScan()
                    + " vs idx_scan " + t.idxScan() + ")", OptionalLong.of(rowsPerSeqScan));
        }
        long writes = t.writes();
        if (writes > 0 && writes >= t.scans() && t.inserted() * 10 >= writes * 9) {
            return new TableShape(Shape.TIME_SERIES, "append-mostly (" + t.inserted() + " of " + writes + " written rows are inserts, " + t.scans() + " scans)",
                    OptionalLong.empty());
        }
        long rowsPerIdxScan = t.idxScan() == 0 ? 0 : t.idxTupFetch() / t.idxScan();
        if (t.idxScan() > 0 && rowsPerIdxScan >= 2) {
            return new TableShape(Shape.RANGE_SCAN, "index scans fetch " + rowsPerIdxScan + " rows each (idx_tup_fetch / idx_scan)",
                    OptionalLong.of(rowsPerIdxScan));
        }
        return new TableShape(Shape.POINT_LOOKUP, "index scans fetch about one row each (idx_scan " + t.idxScan() + ", seq_scan " + t.seqScan() + ")",
                OptionalLong.empty());
    }
}
