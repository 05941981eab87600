package dev.polyglot.bench.postgres;

import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A statement's access shape, from its parsed SQL ({@link SqlStatement}) and what the engine counted for it,
 * together; the reason names the signal that decided ({@code SQL: ...}, {@code statistics: ...} or both). Rules,
 * first match wins: WITH RECURSIVE is a graph walk; {@code @@}, {@code ILIKE}, {@code LIKE '%..'},
 * {@code similarity()} full text; ORDER BY a distance operator kNN; GROUP BY, or aggregates over many rows, an
 * aggregate; an INSERT filling a column with the clock time-series; ORDER BY .. LIMIT or a range predicate a range
 * scan; equality on a unique key a point lookup; else rows per call decide.
 *
 * @param shape  the shape
 * @param reason why, naming the deciding signal
 */
record StatementShape(Shape shape, String reason) {
    /** Rows per call from which a statement without a telltale counts as an aggregate. */
    static final double AGGREGATE_ROWS = 100;
    /** Blocks touched per call from which an aggregate function counts as aggregating over many rows. */
    static final double AGGREGATE_BLOCKS = 100;

    /**
     * What the engine counted for a statement, beside its text.
     *
     * @param rowsPerCall    rows returned or affected per call, 0 or more
     * @param blocksPerCall  buffer blocks touched per call, 0 or more (NaN when the engine does not say)
     * @param uniqueKeys     the column sets of the table's unique indexes (empty when unknown)
     */
    record Facts(double rowsPerCall, double blocksPerCall, List<Set<String>> uniqueKeys) {
        Facts {
            uniqueKeys = List.copyOf(uniqueKeys);
        }
    }

    static StatementShape decide(SqlStatement sql, Facts facts) {
        if (sql.recursive()) return new StatementShape(Shape.GRAPH_TRAVERSAL, "SQL: WITH RECURSIVE walks relationships");
        if (sql.textSearch().isPresent()) return new StatementShape(Shape.FULL_TEXT, "SQL: " + sql.textSearch().get() + " matches text");
        if (sql.distanceOrder().isPresent()) {
            return new StatementShape(Shape.VECTOR_KNN, "SQL: ORDER BY the distance operator " + sql.distanceOrder().get() + " (nearest neighbours)");
        }
        if (sql.grouped()) return new StatementShape(Shape.AGGREGATE, "SQL: GROUP BY");
        if (!sql.aggregates().isEmpty() && sql.equalities().isEmpty() && sql.ranges().isEmpty()) {
            return new StatementShape(Shape.AGGREGATE, "SQL: " + String.join(", ", sql.aggregates()) + "() over the table, unfiltered");
        }
        if (!sql.aggregates().isEmpty() && facts.blocksPerCall() >= AGGREGATE_BLOCKS) {
            return new StatementShape(Shape.AGGREGATE, "SQL and statistics: " + String.join(", ", sql.aggregates()) + "() over "
                    + Math.round(facts.blocksPerCall()) + " blocks per call");
        }
        if (sql.appends() && sql.timestamped().isPresent()) {
            String column = sql.timestamped().get();
            return new StatementShape(Shape.TIME_SERIES, "SQL: INSERT stamping " + (column.equals("?") ? "a column" : column) + " with the clock");
        }
        if (sql.limited() && !sql.orderBy().isEmpty()) {
            return new StatementShape(Shape.RANGE_SCAN, "SQL: ORDER BY " + String.join(", ", sql.orderBy()) + " .. LIMIT reads an ordered slice");
        }
        if (!sql.ranges().isEmpty() && !coversUniqueKey(sql, facts)) {
            return new StatementShape(Shape.RANGE_SCAN, "SQL: range predicate on " + String.join(", ", sorted(sql.ranges())));
        }
        if (coversUniqueKey(sql, facts)) {
            return new StatementShape(Shape.POINT_LOOKUP, "SQL and catalog: equality on the unique key " + String.join(", ", sorted(sql.equalities())));
        }
        String rows = String.format(Locale.ROOT, "%.1f", facts.rowsPerCall());
        if (facts.rowsPerCall() > AGGREGATE_ROWS) return new StatementShape(Shape.AGGREGATE, "statistics: " + rows + " rows per call");
        if (facts.rowsPerCall() > 1.5) {
            return new StatementShape(Shape.RANGE_SCAN, "statistics: " + rows + " rows per call"
                    + (sql.equalities().isEmpty() ? "" : " by " + String.join(", ", sorted(sql.equalities())) + " (not a unique key)"));
        }
        return new StatementShape(Shape.POINT_LOOKUP, "statistics: " + rows + " rows per call"
                + (sql.equalities().isEmpty() ? "" : " by " + String.join(", ", sorted(sql.equalities()))));
    }

    /** Equality on every column of one of the table's unique keys. */
    static boolean coversUniqueKey(SqlStatement sql, Facts facts) {
        return facts.uniqueKeys().stream().anyMatch(key -> !key.isEmpty() && sql.equalities().containsAll(key));
    }

    static List<String> sorted(Set<String> columns) { return columns.stream().sorted().toList(); }
}
