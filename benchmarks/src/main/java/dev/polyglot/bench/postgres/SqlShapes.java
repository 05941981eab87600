package dev.polyglot.bench.postgres;

import dev.polyglot.workloads.Shape;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses a statement's access shape from its normalized text and the rows it returns per call. The first
 * matching rule wins, most specific first; the reason goes into the draft's comment.
 */
public final class SqlShapes {
    /** Rows per call from which a grouping or scanning statement counts as an aggregate. */
    public static final double AGGREGATE_ROWS = 100;

    private static final Pattern RECURSIVE = Pattern.compile("\\bwith\\s+recursive\\b");
    private static final Pattern FULL_TEXT = Pattern.compile("to_tsvector|to_tsquery|@@|websearch_to_tsquery|plainto_tsquery");
    private static final Pattern VECTOR = Pattern.compile("<->|<=>|<#>");
    private static final Pattern ORDER_LIMIT = Pattern.compile("\\border\\s+by\\b.*\\blimit\\b", Pattern.DOTALL);
    private static final Pattern AGGREGATING = Pattern.compile("\\bgroup\\s+by\\b|\\b(sum|count|avg|min|max)\\s*\\(");
    private static final Pattern INSERT = Pattern.compile("^\\s*(insert|copy)\\b");

    private SqlShapes() {}

    /** A guessed shape and why. */
    public record Guess(Shape shape, String reason) {}

    /** @param rowsPerCall rows returned or affected per call, 0 or more */
    public static Guess classify(String sql, double rowsPerCall) {
        String s = sql.toLowerCase(Locale.ROOT);
        if (RECURSIVE.matcher(s).find()) return new Guess(Shape.GRAPH_TRAVERSAL, "WITH RECURSIVE walks relationships");
        if (FULL_TEXT.matcher(s).find()) return new Guess(Shape.FULL_TEXT, "tsvector/tsquery match (@@)");
        if (VECTOR.matcher(s).find() && s.contains("order by")) return new Guess(Shape.VECTOR_KNN, "ORDER BY a vector distance operator (<->)");
        if (AGGREGATING.matcher(s).find() && rowsPerCall >= 1 && s.contains("group by")) {
            return new Guess(Shape.AGGREGATE, "GROUP BY over the rows it reads");
        }
        if (AGGREGATING.matcher(s).find() && !s.contains(" where ")) return new Guess(Shape.AGGREGATE, "aggregate function without a WHERE filter");
        if (ORDER_LIMIT.matcher(s).find()) return new Guess(Shape.RANGE_SCAN, "ORDER BY ... LIMIT reads an ordered slice");
        if (INSERT.matcher(s).find() && s.matches("(?s).*\\b(ts|time|timestamp|created_at|event_time|at)\\b.*")) {
            return new Guess(Shape.TIME_SERIES, "INSERT of timestamped rows");
        }
        if (rowsPerCall > AGGREGATE_ROWS) return new Guess(Shape.AGGREGATE, "returns " + Math.round(rowsPerCall) + " rows per call");
        if (rowsPerCall > 1.5) return new Guess(Shape.RANGE_SCAN, "returns " + Math.round(rowsPerCall) + " rows per call");
        return new Guess(Shape.POINT_LOOKUP, "about one row per call (lookup or write by key)");
    }

    /** True for a statement that only reads. */
    public static boolean reads(String sql) {
        String s = sql.stripLeading().toLowerCase(Locale.ROOT);
        return (s.startsWith("select") || s.startsWith("with") || s.startsWith("table") || s.startsWith("values"))
                && !s.matches("(?s).*\\b(insert|update|delete)\\b.*");
    }
}
