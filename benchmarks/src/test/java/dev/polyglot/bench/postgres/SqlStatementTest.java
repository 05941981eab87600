package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the tokenizer-based reading finds in PostgreSQL's normalised statement text. */
class SqlStatementTest {
    @Test
    void pgbenchStatementsGiveVerbTableAndKey() {
        SqlStatement update = SqlStatement.parse("UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2");
        assertThat(update.verb()).isEqualTo("update");
        assertThat(update.table()).hasValue("pgbench_accounts");
        assertThat(update.equalities()).containsExactly("aid");
        assertThat(update.reads()).isFalse();
        SqlStatement select = SqlStatement.parse("SELECT abalance FROM pgbench_accounts WHERE aid = $1");
        assertThat(select.equalities()).containsExactly("aid");
        assertThat(select.reads()).isTrue();
        SqlStatement insert = SqlStatement.parse("INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)");
        assertThat(insert.table()).hasValue("pgbench_history");
        assertThat(insert.timestamped()).hasValue("mtime");
        assertThat(insert.appends()).isTrue();
    }

    @Test
    void clausesOfTheMainQueryAreFoundAndAliasesUnqualified() {
        SqlStatement s = SqlStatement.parse("SELECT h.delta FROM app.history AS h WHERE h.aid = $1 AND h.mtime >= now() - $2::interval"
                + " ORDER BY h.mtime DESC LIMIT $3");
        assertThat(s.table()).hasValue("app.history");
        assertThat(s.equalities()).containsExactly("aid");
        assertThat(s.ranges()).containsExactly("mtime");
        assertThat(s.orderBy()).containsExactly("mtime");
        assertThat(s.limited()).isTrue();
        SqlStatement g = SqlStatement.parse("SELECT bid, sum(abalance) FROM pgbench_accounts GROUP BY bid");
        assertThat(g.grouped()).isTrue();
        assertThat(g.aggregates()).containsExactly("sum");
    }

    @Test
    void joinsAreNotFiltersAndCtesAreSkippedToTheMainStatement() {
        SqlStatement j = SqlStatement.parse("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer WHERE c.email = $1");
        assertThat(j.tables()).containsExactly("orders", "customers");
        assertThat(j.equalities()).containsExactly("email");
        SqlStatement cte = SqlStatement.parse("WITH moved AS (DELETE FROM queue WHERE id = $1 RETURNING *) SELECT * FROM moved");
        assertThat(cte.verb()).isEqualTo("select");
        assertThat(cte.cteWrites()).isTrue();
        assertThat(cte.reads()).isFalse();
        assertThat(SqlStatement.parse("WITH RECURSIVE r(n) AS (SELECT $1 UNION ALL SELECT n + $2 FROM r) SELECT n FROM r").recursive()).isTrue();
    }
}
