package dev.polyglot.bench.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.ProfileTesting;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the local PostgreSQL with pg_stat_statements (preloaded by {@code scripts/engines.sh}): while a
 * {@link StatementLoad} runs point lookups, range scans and a GROUP BY in schema {@value #SCHEMA}, and point lookups
 * in {@value #OTHER}, the draft scoped to {@value #SCHEMA} has one workload per busy statement, with its shape, rate
 * and table. The view is cluster-wide and cumulative, so everything is scoped by schema and read as a difference.
 */
@dev.polyglot.bench.LiveEngineTest
class PostgresStatementsProfilerTest {
    static final String SCHEMA = "polyglot_profile_test_stmt";
    /** Starts like the scope's name: its statements must not count as the scope's. */
    static final String OTHER = SCHEMA + "_other";
    static final String LOOKUP = "select accounts by id";
    static final String RANGE = "select orders by customer order by created_at desc";
    static final String GROUP = "select sales group by region";

    private static Map<String, Workload> statements;
    private static Map<String, Workload> auto;
    private static Map<String, Double> ranRates;

    @BeforeAll
    static void profileWhileTheLoadRuns() throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            ProfileTesting.createShop(st, SCHEMA);
            ProfileTesting.createShop(st, OTHER);
        }  // closing the session flushes its statistics
        for (int tries = 0; tries < 50 && liveRows("sales") < 5000; tries++) Thread.sleep(100);
        try (StatementLoad load = StatementLoad.start(connect(), SCHEMA, OTHER)) {
            StatementLoad.Counts before = load.counts();
            statements = ProfileTesting.profile(PostgresDriver.ENGINE, SCHEMA, ProfileSource.STATEMENTS, Duration.ofSeconds(2));
            ranRates = load.counts().ratesSince(before);
            auto = ProfileTesting.profile(PostgresDriver.ENGINE, SCHEMA, ProfileSource.AUTO, Duration.ofSeconds(1));
        }
    }

    private static Connection connect() { return PostgresBinding.connect(ProfileTesting.local(PostgresDriver.ENGINE)); }

    private static long liveRows(String table) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(n_live_tup), 0) FROM pg_stat_user_tables WHERE schemaname = '" + SCHEMA
                     + "' AND relname = '" + table + "'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        ProfileTesting.dropSchemas(SCHEMA, OTHER);
    }

    @Test
    void oneWorkloadPerBusyStatementOfTheScopeOnly() {
        // The setup's DDL and INSERTs ran before the sample, and OTHER's lookups are outside the scope.
        assertThat(statements.keySet()).containsExactlyInAnyOrder(LOOKUP, RANGE, GROUP);
    }

    @Test
    void eachStatementsTextGivesItsShape() {
        assertThat(statements.get(LOOKUP).shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(statements.get(RANGE).shape()).isEqualTo(Shape.RANGE_SCAN);
        assertThat(statements.get(RANGE).rowsPerQuery()).hasValue(20);
        assertThat(statements.get(GROUP).shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(statements.get(GROUP).rowsPerQuery()).hasValue(5000);  // no WHERE: the whole table
        assertThat(statements.values()).allSatisfy(w -> assertThat(w.readRatio()).isEqualTo(1.0, within(1e-9)));
    }

    @Test
    void ratesMatchWhatTheLoadRan() {
        assertThat(ranRates.get(LOOKUP)).as("the load must have run").isGreaterThan(20);
        for (String name : new String[] {LOOKUP, RANGE, GROUP}) {
            assertThat(statements.get(name).opsPerSec()).as(name + " against " + ranRates)
                    .isBetween(ranRates.get(name) / 2, ranRates.get(name) * 2);
        }
    }

    @Test
    void recordsAndSizesComeFromTheNamedTable() {
        assertThat(statements.get(LOOKUP).records()).hasValue(1000);
        assertThat(statements.get(RANGE).records()).hasValue(1000);
        assertThat(statements.get(GROUP).records()).hasValue(5000);
        assertThat(statements.get(GROUP).workingSet().orElseThrow().bytes())
                .isGreaterThan(statements.get(LOOKUP).workingSet().orElseThrow().bytes());
    }

    @Test
    void autoPicksStatementsWhenTheExtensionIsReadable() {
        assertThat(auto.keySet()).containsExactlyInAnyOrder(LOOKUP, RANGE, GROUP);
    }
}
