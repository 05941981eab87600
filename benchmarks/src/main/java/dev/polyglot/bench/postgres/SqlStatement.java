package dev.polyglot.bench.postgres;

import dev.polyglot.bench.postgres.SqlTokens.Kind;
import dev.polyglot.bench.postgres.SqlTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one normalised SQL statement does, read from its tokens ({@link SqlTokens}) rather than its raw text: the
 * verb of the main statement (after any {@code WITH}), the table it works on, the columns it filters by equality or
 * by range, what it orders by and whether it stops at a LIMIT, whether it groups or aggregates, and the telltales
 * of full text, nearest-neighbour and recursive queries. Columns are unqualified ({@code a.aid} is {@code aid}).
 *
 * @param verb          select, insert, update, delete, merge, values, copy or table; empty when not a data statement
 * @param table         the main table as written ({@code schema.table} or {@code table}), lowercased unless quoted
 * @param tables        every table named in FROM, JOIN, INTO or UPDATE, main first
 * @param equalities    columns compared with {@code =} (or {@code IN}) to a parameter or constant
 * @param ranges        columns compared with {@code < > <= >= BETWEEN} to a parameter or constant
 * @param orderBy       the ORDER BY columns (or expressions' first column) of the main query
 * @param limited       the main query stops at a LIMIT or FETCH FIRST
 * @param grouped       the main query has GROUP BY
 * @param aggregates    aggregate functions called in the main query ({@code count}, {@code sum} ...)
 * @param recursive     {@code WITH RECURSIVE}
 * @param textSearch    the full-text telltale found ({@code @@}, {@code ILIKE}, {@code LIKE}, {@code similarity()}), or empty
 * @param distanceOrder the distance operator ORDER BY sorts on ({@code <->}, {@code <=>}, {@code <#>}), or empty
 * @param timestamped   for an INSERT, the column it fills with {@code now()}/{@code CURRENT_TIMESTAMP} (or
 *                      {@code "?"} when the column list is not given), or empty
 * @param cteWrites     a {@code WITH} part inserts, updates or deletes (so a SELECT over it writes)
 */
record SqlStatement(String verb, Optional<String> table, List<String> tables, Set<String> equalities, Set<String> ranges,
                    List<String> orderBy, boolean limited, boolean grouped, Set<String> aggregates, boolean recursive,
                    Optional<String> textSearch, Optional<String> distanceOrder, Optional<String> timestamped, boolean cteWrites) {
    private static final Set<String> VERBS = Set.of("select", "insert", "update", "delete", "merge", "values", "copy", "table");
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg", "string_agg", "json_agg",
            "jsonb_agg", "bool_and", "bool_or", "stddev", "variance", "percentile_cont", "percentile_disc", "mode", "uniq", "uniqexact",
            "quantile", "quantiles", "any", "argmax", "argmin", "groupuniqarray", "grouparray");
    private static final Set<String> NOW = Set.of("now", "current_timestamp", "clock_timestamp", "localtimestamp", "statement_timestamp",
            "transaction_timestamp", "current_date");
    private static final Set<String> TEXT_FUNCTIONS = Set.of("similarity", "word_similarity", "strict_word_similarity", "to_tsvector",
            "to_tsquery", "plainto_tsquery", "websearch_to_tsquery", "phraseto_tsquery", "ts_rank", "ts_rank_cd");
    private static final Set<String> CLAUSE_ENDS = Set.of("where", "group", "order", "limit", "offset", "having", "window", "union",
            "intersect", "except", "fetch", "for", "returning", "on", "using", "set", "values", "select", "join", "inner", "left",
            "right", "full", "cross", "natural", "lateral", "tablesample", "format", "settings", "prewhere", "final", "sample", "array");
    private static final Set<String> COMPARISONS = Set.of("=", "<", ">", "<=", ">=");

    SqlStatement {
        tables = List.copyOf(tables);
        equalities = Set.copyOf(equalities);
        ranges = Set.copyOf(ranges);
        orderBy = List.copyOf(orderBy);
        aggregates = Set.copyOf(aggregates);
    }

    /** True for a statement that only reads (a SELECT whose CTEs do not write either). */
    boolean reads() { return (verb.equals("select") || verb.equals("values") || verb.equals("table")) && !cteWrites; }

    /** True for INSERT or COPY: rows appended. */
    boolean appends() { return verb.equals("insert") || verb.equals("copy"); }

    static SqlStatement parse(String sql) {
        return new Parser(SqlTokens.of(sql)).statement();
    }

    /** A recursive-descent reading of the token list, top level only where the main query's clauses matter. */
    private static final class Parser {
        private final List<Token> t;
        private int main;          // index of the main statement's verb
        private int mainDepth;     // its parenthesis depth
        private boolean cteWrites;

        Parser(List<Token> tokens) { this.t = tokens; }

        SqlStatement statement() {
            boolean recursive = false;
            int i = 0;
            while (i < t.size() && t.get(i).isPunct("(")) i++;
            if (i < t.size() && t.get(i).is("with")) {
                recursive = i + 1 < t.size() && t.get(i + 1).is("recursive");
                i = skipCtes(i + (recursive ? 2 : 1));
            }
            main = i;
            mainDepth = i < t.size() ? t.get(i).depth() : 0;
            String verb = i < t.size() && t.get(i).kind() == Kind.WORD && VERBS.contains(t.get(i).text()) ? t.get(i).text() : "";
            Map<String, String> aliases = new LinkedHashMap<>();
            List<String> tables = tables(verb, aliases);
            Set<String> equalities = new LinkedHashSet<>();
            Set<String> ranges = new LinkedHashSet<>();
            predicates(equalities, ranges);
            return new SqlStatement(verb, tables.stream().findFirst(), tables, equalities, ranges, orderBy(), limited(), grouped(),
                    aggregates(), recursive, textSearch(), distanceOrder(), verb.equals("insert") ? timestamped() : Optional.empty(), cteWrites);
        }

        /** Skips {@code name [(cols)] AS [NOT] [MATERIALIZED] ( ... ) [, ...]}, noting data-modifying CTEs. */
        private int skipCtes(int i) {
            while (i < t.size()) {
                while (i < t.size() && !t.get(i).is("as")) i = t.get(i).isPunct("(") ? closing(i) + 1 : i + 1;
                while (i < t.size() && !t.get(i).isPunct("(")) i++;  // AS, NOT, MATERIALIZED
                if (i >= t.size()) return i;
                int close = closing(i);
                for (int k = i + 1; k < close; k++) {
                    Token x = t.get(k);
                    if (x.depth() == t.get(i).depth() + 1 && (x.is("insert") || x.is("update") || x.is("delete"))) cteWrites = true;
                }
                i = close + 1;
                if (i < t.size() && t.get(i).isPunct(",")) { i++; continue; }
                return i;
            }
            return i;
        }

        /** The index of the parenthesis closing the one at {@code open}, or the last index. */
        private int closing(int open) {
            int depth = t.get(open).depth();
            for (int k = open + 1; k < t.size(); k++) if (t.get(k).isPunct(")") && t.get(k).depth() == depth) return k;
            return t.size() - 1;
        }

        /** Tokens of the main statement at its own depth, from the verb on. */
        private List<Integer> top() {
            List<Integer> out = new ArrayList<>();
            for (int k = main; k < t.size(); k++) {
                if (t.get(k).depth() < mainDepth) break;
                if (t.get(k).depth() == mainDepth) out.add(k);
            }
            return out;
        }

        private List<String> tables(String verb, Map<String, String> aliases) {
            List<String> out = new ArrayList<>();
            List<Integer> top = top();
            for (int j = 0; j < top.size(); j++) {
                Token x = t.get(top.get(j));
                boolean introduces = x.is("from") || x.is("join") || (x.is("into") && (verb.equals("insert") || verb.equals("merge")))
                        || (x.is("update") && top.get(j) == main) || (x.is("copy") && top.get(j) == main) || (x.is("table") && top.get(j) == main);
                if (!introduces) continue;
                int k = top.get(j) + 1;
                while (k < t.size() && (t.get(k).is("only") || t.get(k).is("lateral"))) k++;
                while (k < t.size()) {
                    Optional<int[]> name = name(k, x.is("from") || x.is("join"));
                    if (name.isEmpty()) break;
                    String table = text(name.get()[0], name.get()[1]);
                    out.add(table);
                    k = name.get()[1];
                    if (k < t.size() && t.get(k).is("as")) k++;
                    if (k < t.size() && t.get(k).name() && !CLAUSE_ENDS.contains(t.get(k).text())) aliases.put(t.get(k++).text(), table);
                    if (k < t.size() && t.get(k).isPunct(",") && x.is("from")) { k++; continue; }
                    break;
                }
            }
            return out;
        }

        /**
         * {@code [schema.]name} starting at {@code k}: {start, end (exclusive)}; empty when no name is there, or when
         * {@code inFrom} and a parenthesis follows (a set-returning function; after INTO it is a column list).
         */
        private Optional<int[]> name(int k, boolean inFrom) {
            if (k >= t.size() || !t.get(k).name() || (t.get(k).kind() == Kind.WORD && CLAUSE_ENDS.contains(t.get(k).text()))) return Optional.empty();
            int end = k + 1;
            while (end + 1 < t.size() && t.get(end).isPunct(".") && t.get(end + 1).name()) end += 2;
            if (inFrom && end < t.size() && t.get(end).isPunct("(")) return Optional.empty();
            return Optional.of(new int[] {k, end});
        }

        private String text(int start, int end) {
            StringBuilder s = new StringBuilder();
            for (int k = start; k < end; k++) s.append(t.get(k).text());
            return s.toString();
        }

        /** Column-to-value comparisons anywhere in WHERE/ON/HAVING of the main statement (subqueries included). */
        private void predicates(Set<String> equalities, Set<String> ranges) {
            boolean inFilter = false;
            for (int k = main; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.depth() == mainDepth && (x.is("where") || x.is("on") || x.is("having"))) inFilter = true;
                else if (x.depth() == mainDepth && (x.is("group") || x.is("order") || x.is("limit") || x.is("returning"))) inFilter = false;
                if (!inFilter || !x.name() || CLAUSE_ENDS.contains(x.text()) || k + 1 >= t.size()) continue;
                int after = k + 1;
                while (after + 1 < t.size() && t.get(after).isPunct(".") && t.get(after + 1).name()) after += 2;
                if (after < t.size() && t.get(after).isPunct("(")) continue;  // a function call
                String column = t.get(after - 1).text();
                if (after >= t.size()) continue;
                Token op = t.get(after);
                boolean value = after + 1 < t.size() && valueAt(after + 1);
                if ((op.isOp("=") && value) || (op.is("in") && after + 1 < t.size() && t.get(after + 1).isPunct("("))) equalities.add(column);
                else if (op.kind() == Kind.OP && COMPARISONS.contains(op.text()) && value) ranges.add(column);
                else if (op.is("between")) ranges.add(column);
                k = after - 1;
            }
        }

        /** A parameter, constant, or a function or cast of one: not another column (a join). */
        private boolean valueAt(int k) {
            Token v = t.get(k);
            if (v.kind() == Kind.PARAM || v.kind() == Kind.STRING || v.kind() == Kind.NUMBER) return true;
            if (v.isOp("-") && k + 1 < t.size()) return valueAt(k + 1);
            if (v.isPunct("(")) return true;  // a subquery or expression
            if (v.kind() == Kind.WORD && (NOW.contains(v.text()) || v.is("true") || v.is("false") || v.is("null") || v.is("any")
                    || v.is("interval"))) return true;
            return v.kind() == Kind.WORD && k + 1 < t.size() && t.get(k + 1).isPunct("(");  // a function of values
        }

        private List<String> orderBy() {
            List<String> out = new ArrayList<>();
            List<Integer> top = top();
            for (int j = 0; j + 1 < top.size(); j++) {
                if (!t.get(top.get(j)).is("order") || !t.get(top.get(j + 1)).is("by")) continue;
                for (int k = top.get(j + 1) + 1; k < t.size() && t.get(k).depth() >= mainDepth; k++) {
                    Token x = t.get(k);
                    if (x.depth() == mainDepth && x.kind() == Kind.WORD && (x.is("limit") || x.is("offset") || x.is("fetch") || x.is("for"))) break;
                    if (x.depth() == mainDepth && x.name() && !(k + 1 < t.size() && t.get(k + 1).isPunct("."))
                            && !x.is("asc") && !x.is("desc") && !x.is("nulls") && !x.is("first") && !x.is("last")) {
                        boolean afterComma = out.isEmpty() || t.get(k - 1).isPunct(",") || t.get(k - 1).isPunct(".");
                        if (afterComma && !(k + 1 < t.size() && t.get(k + 1).isPunct("("))) out.add(x.text());
                    }
                }
            }
            return out;
        }

        private boolean limited() {
            return top().stream().map(t::get).anyMatch(x -> x.is("limit") || x.is("fetch"));
        }

        private boolean grouped() {
            List<Integer> top = top();
            for (int j = 0; j + 1 < top.size(); j++) if (t.get(top.get(j)).is("group") && t.get(top.get(j + 1)).is("by")) return true;
            return false;
        }

        /** Aggregate calls at the main query's level (in its select list or HAVING), not inside subqueries. */
        private Set<String> aggregates() {
            Set<String> out = new LinkedHashSet<>();
            for (int k : top()) {
                Token x = t.get(k);
                if (x.kind() == Kind.WORD && AGGREGATES.contains(x.text()) && k + 1 < t.size() && t.get(k + 1).isPunct("(")) out.add(x.text());
            }
            return out;
        }

        private Optional<String> textSearch() {
            for (int k = main; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.isOp("@@")) return Optional.of("@@");
                if (x.is("ilike")) return Optional.of("ILIKE");
                if (x.is("like") && k + 1 < t.size() && t.get(k + 1).kind() == Kind.STRING && t.get(k + 1).text().startsWith("%")) {
                    return Optional.of("LIKE '%..'");
                }
                if (x.kind() == Kind.WORD && TEXT_FUNCTIONS.contains(x.text()) && k + 1 < t.size() && t.get(k + 1).isPunct("(")) {
                    return Optional.of(x.text() + "()");
                }
            }
            return Optional.empty();
        }

        private Optional<String> distanceOrder() {
            List<Integer> top = top();
            for (int j = 0; j + 1 < top.size(); j++) {
                if (!t.get(top.get(j)).is("order")) continue;
                for (int k = top.get(j) + 1; k < t.size() && t.get(k).depth() >= mainDepth; k++) {
                    Token x = t.get(k);
                    if (x.isOp("<->") || x.isOp("<=>") || x.isOp("<#>")) return Optional.of(x.text());
                    if (x.depth() == mainDepth && x.is("limit")) break;
                }
            }
            return Optional.empty();
        }

        /** The column an INSERT fills with the clock, "?" when it has no column list, or empty. */
        private Optional<String> timestamped() {
            int cols = -1;
            int values = -1;
            for (int k = main; k < t.size(); k++) {
                if (cols < 0 && t.get(k).isPunct("(") && t.get(k).depth() == mainDepth && values < 0) cols = k;
                if (t.get(k).is("values") || (t.get(k).is("select") && k > main)) { values = k; break; }
            }
            if (values < 0) return Optional.empty();
            List<String> columns = new ArrayList<>();
            if (cols >= 0 && cols < values) {
                for (int k = cols + 1; k < values; k++) if (t.get(k).name() && t.get(k).depth() == mainDepth + 1) columns.add(t.get(k).text());
            }
            int position = 0;
            for (int k = values + 1; k < t.size(); k++) {
                Token x = t.get(k);
                if (x.isPunct(",") && x.depth() <= mainDepth + 1) position++;
                if (x.kind() == Kind.WORD && NOW.contains(x.text())) {
                    return Optional.of(position < columns.size() ? columns.get(position) : "?");
                }
            }
            return Optional.empty();
        }
    }
}
