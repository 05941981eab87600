package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.profile.DraftWorkload;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which statements of two readings become workloads, and which table each one's records come from. */
class PgStatementWorkloadsTest {
    private static PgTableStats table(String schema, String name, long rows, long bytes) {
        return new PgTableStats(schema, name, 0, 0, 0, 0, 0, 0, 0, rows, bytes);
    }

    private static PgStatementStats statement(String id, String sql, long calls) {
        return new PgStatementStats(id, sql, calls, calls * 0.1, calls * 0.01, calls, calls * 3);
    }

    private static final PgCatalog CATALOG = new PgCatalog(Map.of("app.accounts", List.of(java.util.Set.of("id"))), 8192, Map.of());

    @Test
    void onlyStatementsCalledDuringTheSampleAreDraftedBusiestFirst() {
        Map<String, PgStatementStats> before = Map.of(
                "1", statement("1", "SELECT balance FROM app.accounts WHERE id = $1", 100),
                "2", statement("2", "CREATE TABLE app.accounts (id int)", 1),
                "3", statement("3", "SELECT * FROM app.orders WHERE id = $1", 5000));
        Map<String, PgStatementStats> after = Map.of(
                "1", statement("1", "SELECT balance FROM app.accounts WHERE id = $1", 300),
                "2", statement("2", "CREATE TABLE app.accounts (id int)", 1),
                "3", statement("3", "SELECT * FROM app.orders WHERE id = $1", 5000),
                "4", statement("4", "INSERT INTO app.events (at) VALUES ($1)", 400));  // first seen during the sample
        List<DraftWorkload> drafted = PgStatementWorkloads.from(before, after, Map.of(), CATALOG, false, 2);
        assertThat(drafted).extracting(DraftWorkload::name).containsExactly("insert events", "select accounts by id");
        assertThat(drafted.get(0).opsPerSec().perSecond()).isEqualTo(200);
        assertThat(drafted.get(1).opsPerSec().perSecond()).isEqualTo(100);
    }

    @Test
    void theSchemaQualifiedTableWinsOverALargerNamesakeElsewhere() {
        Map<String, PgTableStats> tables = Map.of(
                "app.accounts", table("app", "accounts", 10, 8192),
                "archive.accounts", table("archive", "accounts", 1_000_000, 80_000_000));
        assertThat(PgStatementWorkloads.resolve("app.accounts", tables))
                .hasValueSatisfying(t -> assertThat(t.qualified()).isEqualTo("app.accounts"));
        assertThat(PgStatementWorkloads.resolve("accounts", tables))
                .as("unqualified: search_path is unknown, so the largest namesake")
                .hasValueSatisfying(t -> assertThat(t.qualified()).isEqualTo("archive.accounts"));
        assertThat(PgStatementWorkloads.resolve("other.accounts", tables)).isEmpty();
    }
}
