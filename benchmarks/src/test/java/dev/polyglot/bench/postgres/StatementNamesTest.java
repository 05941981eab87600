package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workload names from normalized statements: verb, table, filtered columns, grouping, order; short and schema-free. */
class StatementNamesTest {
    @Test
    void namesTheVerbTableAndFilter() {
        assertThat(StatementNames.of("SELECT balance FROM app.accounts WHERE id = $1")).isEqualTo("select accounts by id");
        assertThat(StatementNames.of("SELECT id FROM app.orders o WHERE o.customer = $1 AND o.created_at >= $2 ORDER BY o.created_at DESC LIMIT $3"))
                .isEqualTo("select orders by customer, created_at order by created_at desc");
        assertThat(StatementNames.of("SELECT region, sum(amount) FROM app.sales GROUP BY region")).isEqualTo("select sales group by region");
        assertThat(StatementNames.of("INSERT INTO app.events (at, kind) VALUES ($1, $2)")).isEqualTo("insert events");
        assertThat(StatementNames.of("UPDATE \"App\".\"Wallets\" SET balance = balance + $1 WHERE user_id = $2")).isEqualTo("update wallets by user_id");
        assertThat(StatementNames.of("/* checkout */ DELETE FROM app.carts WHERE expires_at < $1")).isEqualTo("delete carts by expires_at");
    }

    @Test
    void aStatementWithoutAFoundTableKeepsItsTextAndEveryNameIsShort() {
        assertThat(StatementNames.of("WITH RECURSIVE f(n) AS (SELECT $1 UNION ALL SELECT n + $2 FROM f) SELECT * FROM f"))
                .startsWith("WITH RECURSIVE f(n) AS");
        String manyFilters = String.join(" AND ", java.util.stream.IntStream.range(0, 30).mapToObj(i -> "column_" + i + " = $" + i).toList());
        assertThat(StatementNames.of("SELECT x FROM app.wide WHERE " + manyFilters))
                .hasSizeLessThanOrEqualTo(StatementNames.MAX).endsWith("...");
    }
}
