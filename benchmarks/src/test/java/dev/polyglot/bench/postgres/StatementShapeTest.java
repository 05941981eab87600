package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shapes from the parsed SQL and the statistics together, one per shape, and the signal named in each reason. */
class StatementShapeTest {
    private static final List<Set<String>> ID_KEY = List.of(Set.of("id"));

    private static StatementShape shape(String sql, double rows) {
        return StatementShape.decide(SqlStatement.parse(sql), new StatementShape.Facts(rows, 3, ID_KEY));
    }

    @Test
    void namesEachShapeFromItsTelltale() {
        assertThat(shape("SELECT balance FROM wallets WHERE id = $1", 1).shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(shape("SELECT * FROM payments WHERE merchant_id = $1 ORDER BY created_at DESC LIMIT $2", 20).shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(shape("SELECT merchant, sum(amount) FROM payments GROUP BY merchant", 5000).shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(shape("SELECT id FROM merchants WHERE doc @@ websearch_to_tsquery($1)", 10).shape()).isEqualTo(Shape.FULL_TEXT);
        assertThat(shape("SELECT id FROM merchants WHERE name ILIKE $1", 10).shape()).isEqualTo(Shape.FULL_TEXT);
        assertThat(shape("SELECT id FROM merchants WHERE name LIKE '%shoe%'", 10).shape()).isEqualTo(Shape.FULL_TEXT);
        assertThat(shape("SELECT id FROM merchants ORDER BY similarity(name, $1) DESC LIMIT 5", 5).shape()).isEqualTo(Shape.FULL_TEXT);
        assertThat(shape("SELECT id FROM items ORDER BY embedding <=> $1 LIMIT $2", 10).shape()).isEqualTo(Shape.VECTOR_KNN);
        assertThat(shape("WITH RECURSIVE f AS (SELECT id FROM people WHERE id = $1) SELECT * FROM f", 30).shape()).isEqualTo(Shape.GRAPH_TRAVERSAL);
        assertThat(shape("INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP)", 1).reason())
                .isEqualTo("SQL: INSERT stamping mtime with the clock");
    }

    @Test
    void theSignalThatDecidedIsNamed() {
        assertThat(shape("SELECT abalance FROM pgbench_accounts WHERE id = $1", 1).reason()).startsWith("SQL and catalog: equality on the unique key id");
        assertThat(shape("SELECT * FROM payments WHERE merchant_id = $1", 12).reason()).isEqualTo("statistics: 12.0 rows per call by merchant_id (not a unique key)");
        assertThat(shape("SELECT * FROM payments WHERE day = $1", 50_000).shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(shape("SELECT count(*) FROM payments", 1).reason()).isEqualTo("SQL: count() over the table, unfiltered");
    }

    @Test
    void keywordsInsideStringsOrCommentsDoNotCount() {
        assertThat(shape("SELECT note FROM wallets WHERE id = $1 AND note = 'group by @@ with recursive' /* order by x limit 1 */", 1).shape())
                .isEqualTo(Shape.POINT_LOOKUP);
    }
}
