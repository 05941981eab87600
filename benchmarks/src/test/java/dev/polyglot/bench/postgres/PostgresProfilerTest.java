package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.bench.profile.ProfileTesting;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the local PostgreSQL: four tables in schema {@value #SCHEMA}, each used in one way, and the draft from table
 * statistics ({@code --from tables}), scoped to that schema, names each one's shape and rows.
 */
@dev.polyglot.bench.LiveEngineTest
class PostgresProfilerTest {
    static final String SCHEMA = "polyglot_profile_test";
    private static Map<String, Workload> draft;

    @BeforeAll
    static void createActivityThenProfile() throws Exception {
        try (Connection c = PostgresBinding.connect(ProfileTesting.local(PostgresDriver.ENGINE)); Statement st = c.createStatement()) {
            ProfileTesting.createShop(st, SCHEMA);
            st.execute("CREATE TABLE " + SCHEMA + ".events (at timestamptz, kind text)");
            st.execute("INSERT INTO " + SCHEMA + ".events SELECT now(), 'click' FROM generate_series(1, 2000)");
            st.execute("SET enable_seqscan = off");  // this session only: the lookups and ranges must use their indexes
            repeat(c, "SELECT balance FROM " + SCHEMA + ".accounts WHERE id = ?", 3000, i -> i % 1000 + 1);
            repeat(c, "SELECT id FROM " + SCHEMA + ".orders WHERE customer = ? ORDER BY created_at DESC LIMIT 20", 3000, i -> i % 50 + 1);
            st.execute("SET enable_seqscan = on");
            for (int i = 0; i < 5; i++) st.execute("SELECT region, sum(amount) FROM " + SCHEMA + ".sales GROUP BY region");
        }  // closing the session flushes its statistics
        for (int tries = 0; tries < 50 && !flushed(); tries++) Thread.sleep(100);
        draft = ProfileTesting.profile(PostgresDriver.ENGINE, SCHEMA, ProfileSource.TABLES, Duration.ofSeconds(1));
    }

    private static void repeat(Connection c, String sql, int times, java.util.function.IntUnaryOperator arg) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < times; i++) {
                ps.setInt(1, arg.applyAsInt(i));
                try (ResultSet rs = ps.executeQuery()) { while (rs.next()) { /* drain */ } }
            }
        }
    }

    private static boolean flushed() throws Exception {
        try (Connection c = PostgresBinding.connect(ProfileTesting.local(PostgresDriver.ENGINE)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_user_tables WHERE schemaname = '" + SCHEMA + "' AND relname = 'sales'")) {
            return rs.next() && rs.getLong(1) >= 5;
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        ProfileTesting.dropSchemas(SCHEMA);
    }

    @Test
    void draftsOneWorkloadPerTableOfTheSchemaOnly() {
        assertThat(draft.keySet()).containsExactlyInAnyOrder(SCHEMA + ".accounts", SCHEMA + ".orders", SCHEMA + ".sales", SCHEMA + ".events");
    }

    @Test
    void eachTablesUseGivesItsShape() {
        assertThat(draft.get(SCHEMA + ".accounts").shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(draft.get(SCHEMA + ".orders").shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(draft.get(SCHEMA + ".orders").rowsPerQuery()).hasValue(20);
        assertThat(draft.get(SCHEMA + ".sales").shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(draft.get(SCHEMA + ".sales").rowsPerQuery()).hasValue(5000);
        assertThat(draft.get(SCHEMA + ".events").shape()).isEqualTo(Shape.TIME_SERIES);
    }

    @Test
    void recordsAndSizesComeFromTheStatistics() {
        assertThat(draft.get(SCHEMA + ".accounts").records()).hasValue(1000);
        assertThat(draft.get(SCHEMA + ".sales").records()).hasValue(5000);
        assertThat(draft.get(SCHEMA + ".accounts").workingSet().orElseThrow().bytes()).isGreaterThan(8192);
        assertThat(draft.get(SCHEMA + ".accounts").readRatio()).isGreaterThan(0.5);  // 3000 lookups against 1000 inserted rows
        assertThat(draft.get(SCHEMA + ".events").readRatio()).isZero();
        assertThat(draft.get(SCHEMA + ".accounts").consistency()).isEqualTo(Consistency.STRONG);
        assertThat(draft.values()).allSatisfy(w -> assertThat(w.opsPerSec()).isGreaterThanOrEqualTo(Rate.FLOOR));
    }
}
