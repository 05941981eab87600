package dev.polyglot.bench.postgres;

import dev.polyglot.bench.profile.QueryText;
import dev.polyglot.workloads.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges statements into workloads, as a data engineer would: statements that reach the same table through the same
 * key (lookups and updates by {@code aid}) are one workload; an append-only table written with the clock and its
 * reads by key or range are one time-series workload; different shapes over one table (a GROUP BY over it) stay
 * apart. Engine-neutral: it sees parsed SQL, shapes and counts, not where they came from.
 */
final class StatementGroups {
    private StatementGroups() {}

    /**
     * One statement's activity over the sample.
     *
     * @param text      its normalised text
     * @param sql       its parse
     * @param shape     its shape alone
     * @param calls     calls in the sample, above 0
     * @param sumMs     execution time of those calls, ms (NaN when unknown)
     * @param sumSqMs   sum of the squared execution times, ms² (NaN when unknown)
     * @param rows      rows returned or affected in the sample
     * @param blocks    buffer blocks touched in the sample (0 when unknown)
     */
    record Use(String text, SqlStatement sql, StatementShape shape, long calls, double sumMs, double sumSqMs, long rows, long blocks) {
        Use {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(sql, "sql");
            Objects.requireNonNull(shape, "shape");
            if (calls < 1) throw new IllegalArgumentException("calls must be 1 or more, was " + calls);
        }

        String table() { return sql.table().orElse(""); }
    }

    /**
     * Statements merged into one workload.
     *
     * @param table   the table they share, as written (empty when none was found)
     * @param shape   the workload's shape
     * @param access  how they reach the table ({@code by aid}, {@code by customer order by created_at}), possibly empty
     * @param reason  why this shape, naming the signal
     * @param members the statements, busiest first
     */
    record Group(String table, Shape shape, String access, String reason, List<Use> members) {
        Group {
            members = List.copyOf(members);
        }

        long calls() { return members.stream().mapToLong(Use::calls).sum(); }

        long readCalls() { return members.stream().filter(u -> u.sql().reads()).mapToLong(Use::calls).sum(); }

        /** A name: a lone statement's own ({@link StatementNames}), else the verbs, the table and the access. */
        String name() {
            if (members.size() == 1) return StatementNames.of(members.get(0).text());
            Set<String> verbs = new LinkedHashSet<>();  // reads first, then writes: the same name whichever was busier
            members.stream().filter(u -> u.sql().reads()).forEach(u -> verbs.add(u.sql().verb()));
            members.stream().map(u -> u.sql().verb()).sorted().forEach(verbs::add);
            String bare = table.substring(table.lastIndexOf('.') + 1).replace("\"", "");
            return QueryText.oneLine(String.join(", ", verbs) + " " + bare + (access.isEmpty() ? "" : " " + access), StatementNames.MAX);
        }
    }

    /**
     * Groups busy statements; {@code appendOnlyTables} are the tables (as the statements name them) whose statistics
     * show inserts and no updates or deletes, which with a clock-stamped INSERT makes their reads time-series.
     */
    static List<Group> of(List<Use> uses, Set<String> appendOnlyTables) {
        Map<String, String> timeSeries = timeSeriesTables(uses, appendOnlyTables);
        Map<String, List<Use>> byKey = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        for (Use u : uses.stream().sorted(Comparator.comparingLong(Use::calls).reversed().thenComparing(Use::text)).toList()) {
            Shape shape = u.shape().shape();
            String access = access(u);
            String reason = u.shape().reason();
            if (timeSeries.containsKey(u.table()) && (shape == Shape.TIME_SERIES || shape == Shape.RANGE_SCAN || shape == Shape.POINT_LOOKUP)) {
                shape = Shape.TIME_SERIES;
                access = "";
                reason = timeSeries.get(u.table());
            } else if (u.table().isEmpty()) {
                access = u.text();  // nothing to merge on: alone
            }
            String key = u.table() + "\u0000" + shape + "\u0000" + access;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
            meta.putIfAbsent(key, new String[] {u.table(), shape.name(), u.table().isEmpty() ? "" : access, reason});
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((key, members) -> {
            String[] m = meta.get(key);
            out.add(new Group(m[0], Shape.valueOf(m[1]), m[2], m[3], members));
        });
        out.sort(Comparator.comparingLong(Group::calls).reversed().thenComparing(g -> g.members().get(0).text()));
        return out;
    }

    /** How a statement reaches its table: {@code by} its equality columns, then what it orders or ranges by. */
    static String access(Use u) {
        SqlStatement s = u.sql();
        return switch (u.shape().shape()) {
            case POINT_LOOKUP -> s.equalities().isEmpty() ? (s.appends() ? "appends" : "") : "by " + String.join(", ", StatementShape.sorted(s.equalities()));
            case RANGE_SCAN -> {
                String by = s.equalities().isEmpty() ? "" : "by " + String.join(", ", StatementShape.sorted(s.equalities()));
                String along = !s.orderBy().isEmpty() ? "order by " + String.join(", ", s.orderBy())
                        : s.ranges().isEmpty() ? "" : "range on " + String.join(", ", StatementShape.sorted(s.ranges()));
                yield (by + " " + along).strip();
            }
            default -> "";
        };
    }

    /** Tables appended with the clock and never updated or deleted: why each is time-series. */
    private static Map<String, String> timeSeriesTables(List<Use> uses, Set<String> appendOnlyTables) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Use u : uses) {
            if (u.shape().shape() != Shape.TIME_SERIES || !u.sql().appends() || u.table().isEmpty()) continue;
            boolean rewritten = uses.stream().anyMatch(o -> o.table().equals(u.table()) && (o.sql().verb().equals("update") || o.sql().verb().equals("delete")));
            if (rewritten || !appendOnlyTables.contains(u.table())) continue;
            String column = u.sql().timestamped().orElse("?");
            out.putIfAbsent(u.table(), "SQL and statistics: appended with the clock" + (column.equals("?") ? "" : " into " + column)
                    + ", never updated or deleted (pg_stat_user_tables), read by key or range: time-series");
        }
        return out;
    }
}
