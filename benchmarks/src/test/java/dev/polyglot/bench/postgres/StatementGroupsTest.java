package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pgbench's TPC-B-like statements, plus a range read of the history and a GROUP BY, merged as an engineer would. */
class StatementGroupsTest {
    private static final Map<String, List<Set<String>>> KEYS = Map.of(
            "pgbench_accounts", List.of(Set.of("aid")), "pgbench_tellers", List.of(Set.of("tid")), "pgbench_branches", List.of(Set.of("bid")));

    private static StatementGroups.Use use(String sql, long calls, double rowsPerCall) {
        SqlStatement s = SqlStatement.parse(sql);
        StatementShape shape = StatementShape.decide(s, new StatementShape.Facts(rowsPerCall, 3, KEYS.getOrDefault(s.table().orElse(""), List.of())));
        return new StatementGroups.Use(sql, s, shape, calls, calls * 0.1, calls * 0.02, Math.round(calls * rowsPerCall), calls * 3);
    }

    private static final List<StatementGroups.Use> TPCB_PLUS = List.of(
            use("SELECT abalance FROM pgbench_accounts WHERE aid = $1", 1000, 1),
            use("UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2", 1000, 1),
            use("UPDATE pgbench_tellers SET tbalance = tbalance + $1 WHERE tid = $2", 1000, 1),
            use("UPDATE pgbench_branches SET bbalance = bbalance + $1 WHERE bid = $2", 1000, 1),
            use("INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)", 1000, 1),
            use("SELECT delta, mtime FROM pgbench_history WHERE aid = $1 ORDER BY mtime DESC LIMIT $2", 200, 3),
            use("SELECT bid, sum(abalance) FROM pgbench_accounts GROUP BY bid", 10, 1));

    @Test
    void sameTableSameKeyIsOneWorkloadAndOtherShapesStayApart() {
        List<StatementGroups.Group> groups = StatementGroups.of(TPCB_PLUS, Set.of("pgbench_history"));
        assertThat(groups).extracting(StatementGroups.Group::name).containsExactly(
                "select, update pgbench_accounts by aid", "select, insert pgbench_history",
                "update pgbench_branches by bid", "update pgbench_tellers by tid", "select pgbench_accounts group by bid");
        StatementGroups.Group accounts = groups.get(0);
        assertThat(accounts.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(accounts.calls()).isEqualTo(2000);
        assertThat(accounts.readCalls()).isEqualTo(1000);
        StatementGroups.Group history = groups.get(1);
        assertThat(history.shape()).isEqualTo(Shape.TIME_SERIES);
        assertThat(history.calls()).isEqualTo(1200);
        assertThat(history.reason()).contains("appended with the clock into mtime");
        assertThat(groups.get(4).shape()).isEqualTo(Shape.AGGREGATE);
    }

    @Test
    void aTableTheStatisticsShowRewrittenIsNotTimeSeries() {
        List<StatementGroups.Group> groups = StatementGroups.of(TPCB_PLUS, Set.of());
        assertThat(groups).extracting(StatementGroups.Group::shape).doesNotContainSequence(Shape.TIME_SERIES, Shape.TIME_SERIES);
        assertThat(groups).filteredOn(g -> g.table().equals("pgbench_history")).extracting(StatementGroups.Group::shape)
                .containsExactlyInAnyOrder(Shape.TIME_SERIES, Shape.RANGE_SCAN);
    }
}
