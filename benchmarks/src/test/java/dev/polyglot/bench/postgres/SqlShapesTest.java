package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.Shape;
import org.junit.jupiter.api.Test;

/** The statement-text heuristics of the pg_stat_statements path, one per shape they can name. */
class SqlShapesTest {
    private static Shape shape(String sql, double rows) { return SqlShapes.classify(sql, rows).shape(); }

    @Test
    void namesEachShapeFromItsTelltale() {
        assertThat(shape("SELECT balance FROM wallets WHERE user_id = $1", 1)).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(shape("SELECT * FROM payments WHERE merchant_id = $1 ORDER BY created_at DESC LIMIT $2", 20)).isEqualTo(Shape.RANGE_SCAN);
        assertThat(shape("SELECT merchant, sum(amount) FROM payments GROUP BY merchant", 5000)).isEqualTo(Shape.AGGREGATE);
        assertThat(shape("SELECT id FROM merchants WHERE doc @@ websearch_to_tsquery($1)", 10)).isEqualTo(Shape.FULL_TEXT);
        assertThat(shape("SELECT id FROM items ORDER BY embedding <-> $1 LIMIT $2", 10)).isEqualTo(Shape.VECTOR_KNN);
        assertThat(shape("WITH RECURSIVE f AS (SELECT ...) SELECT * FROM f", 30)).isEqualTo(Shape.GRAPH_TRAVERSAL);
        assertThat(shape("INSERT INTO readings (sensor, ts, value) VALUES ($1, $2, $3)", 1)).isEqualTo(Shape.TIME_SERIES);
    }

    @Test
    void manyRowsWithoutATelltaleAreAnAggregateAndSeveralARangeScan() {
        assertThat(shape("SELECT * FROM payments WHERE day = $1", 50_000)).isEqualTo(Shape.AGGREGATE);
        assertThat(shape("SELECT * FROM payments WHERE merchant_id = $1", 12)).isEqualTo(Shape.RANGE_SCAN);
    }

    @Test
    void onlySelectsCountAsReads() {
        assertThat(SqlShapes.reads("  select 1")).isTrue();
        assertThat(SqlShapes.reads("UPDATE wallets SET balance = $1 WHERE id = $2")).isFalse();
        assertThat(SqlShapes.reads("WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x")).isFalse();
    }
}
