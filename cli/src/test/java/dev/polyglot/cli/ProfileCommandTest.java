package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import dev.polyglot.bench.LocalEngines;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * {@code polyglot profile} end to end: a draft that {@code advise} can read, exit 1 for an engine idle during the
 * sample (one rule for every engine), 2 for bad arguments, 3 for no engine.
 */
@dev.polyglot.bench.LiveEngineTest
class ProfileCommandTest {
    private static final String KEY = "polyglot:profile-test:cli";
    private final CliRun cli = new CliRun();

    /** Runs {@code profile} while a thread GETs {@link #KEY}: the draft has that key's family busy in the sample. */
    private static CliRun profileWhileReading(String... args) throws InterruptedException {
        CliRun run = new CliRun();
        AtomicBoolean reading = new AtomicBoolean(true);
        try (Jedis j = new Jedis("127.0.0.1", 6379)) {
            j.set(KEY, "v");
            Thread reader = new Thread(() -> {
                try (Jedis r = new Jedis("127.0.0.1", 6379)) {
                    while (reading.get()) r.get(KEY);
                }
            });
            reader.start();
            try {
                assertThat(run.run(args)).as(run.err.toString()).isEqualTo(ExitCode.OK);
            } finally {
                reading.set(false);
                reader.join();
            }
        } finally {
            try (Jedis j = new Jedis("127.0.0.1", 6379)) { j.del(KEY); }
        }
        return run;
    }

    @Test
    void writesADraftTheWorkloadsReaderAccepts(@TempDir Path dir) throws InterruptedException {
        Path out = dir.resolve("draft.yml");
        CliRun run = profileWhileReading("profile", "--engine", "redis", "--sample", "300ms", "--match", KEY, "--system", "shop", "--output", out.toString());
        ParseOutcome outcome = WorkloadsReader.read(out);
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
        WorkloadsFile file = ((ParseOutcome.Parsed) outcome).file();
        assertThat(file.system()).contains("shop");
        assertThat(file.workloads()).singleElement().satisfies(w -> {
            assertThat(w.shape()).isEqualTo(Shape.POINT_LOOKUP);
            assertThat(w.records()).hasValue(1);
        });
        assertThat(run.out.toString()).isEmpty();
    }

    @Test
    void theDraftPipesIntoAdvise() throws InterruptedException {
        CliRun profile = profileWhileReading("profile", "--engine", "redis", "--sample", "300ms", "--match", KEY, "--system", "shop");
        CliRun advise = new CliRun();
        int code = advise.runWithInput(profile.out.toString(), "advise", "-", "--format", "json");
        assertThat(advise.err.toString()).isEmpty();
        assertThat(code).isIn(ExitCode.OK, ExitCode.NO);
        assertThat(advise.out.toString()).startsWith("{").contains("\"shop\"", "\"workload\" : \"redis " + KEY + "\"");
    }

    @Test
    void badArgumentsExitWith2() {
        assertThat(cli.run("profile", "--engine", "oracle")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("unknown --engine 'oracle'");
        assertThat(new CliRun().run("profile", "--engine", "redis", "--sample", "soon")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(new CliRun().run("profile", "--engine", "redis", "--sample", "0s")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(new CliRun().run("profile")).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void fromTakesASourceOfPostgresOnly() {
        assertThat(cli.run("profile", "--engine", "postgres", "--from", "logs")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("Invalid value for option '--from'", "'logs'", "STATEMENTS", "TABLES", "AUTO");
        CliRun redis = new CliRun();
        assertThat(redis.run("profile", "--engine", "redis", "--from", "tables")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(redis.err.toString()).contains("--from tables applies to --engine postgres only");
        CliRun clickhouse = new CliRun();
        assertThat(clickhouse.run("profile", "--engine", "clickhouse", "--from", "auto", "--sample", "100ms", "--database", "polyglot_profile_test_absent"))
                .as("auto is every engine's one source").isEqualTo(ExitCode.NO);
    }

    @Test
    void statementsWhereTheExtensionIsMissingExitWith3AndAutoFallsBackToTables() {
        // scripts/engines.sh creates pg_stat_statements in the polyglot database only, not in the postgres one.
        String postgresDb = "postgresql://127.0.0.1:5432/postgres";
        assertThat(cli.run("profile", "--engine", "postgres", "--from", "statements", "--sample", "100ms", "--url", postgresDb))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("--from statements", "pg_stat_statements is not installed in this database", "--from tables");
        CliRun auto = new CliRun();
        assertThat(auto.run("profile", "--engine", "postgres", "--sample", "100ms", "--url", postgresDb, "--schema", "polyglot_profile_test_absent"))
                .as("auto reads table statistics instead of failing: " + auto.err).isEqualTo(ExitCode.NO);
        assertThat(auto.err.toString()).contains("drafting from table statistics instead", "Source: pg_stat_user_tables");
    }

    @Test
    void anUnreachableEngineExitsWith3NamingTheAddressButNoPassword() {
        assertThat(cli.run("profile", "--engine", "postgres", "--sample", "100ms", "--url", "postgresql://someone:s3cret-pw@127.0.0.1:1/db"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up postgres").doesNotContain("s3cret-pw");
        assertThat(cli.out.toString()).isEmpty();
    }

    @Test
    void anEngineIdleDuringTheSampleIsANoWhateverItsLifetimeCountersSay() throws Exception {
        String schema = "polyglot_profile_idle_test";
        try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            st.execute("CREATE SCHEMA " + schema);
            st.execute("CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, total int)");
            st.execute("INSERT INTO " + schema + ".orders SELECT g, g FROM generate_series(1, 100) g");
            st.executeQuery("SELECT total FROM " + schema + ".orders WHERE id = 7").close();
        }  // closing the session flushes its statistics
        try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
            awaitCounted(st, schema);
            assertThat(cli.run("profile", "--engine", "postgres", "--from", "tables", "--schema", schema, "--sample", "300ms"))
                    .as(cli.err.toString()).isEqualTo(ExitCode.NO);
            assertThat(cli.err.toString()).contains("ran during the 300ms sample; no workloads to draft",
                    "busy before the sample only, so not drafted: " + schema + ".orders");
            assertThat(cli.out.toString()).isEmpty();
        } finally {
            try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) { st.execute("DROP SCHEMA " + schema + " CASCADE"); }
        }
    }

    /** Waits until the table's lifetime counters show the writes and the scan (statistics reach the views asynchronously). */
    private static void awaitCounted(Statement st, String schema) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (ResultSet rs = st.executeQuery("SELECT coalesce(idx_scan, 0) + seq_scan, n_tup_ins FROM pg_stat_user_tables WHERE schemaname = '"
                    + schema + "'")) {
                if (rs.next() && rs.getLong(1) > 0 && rs.getLong(2) > 0) return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("pg_stat_user_tables never counted the activity on " + schema);
    }

    @Test
    void nothingBusyInScopeIsANo() {
        assertThat(cli.run("profile", "--engine", "clickhouse", "--sample", "100ms", "--database", "polyglot_profile_test_absent"))
                .isEqualTo(ExitCode.NO);
        assertThat(cli.err.toString()).contains("no workloads to draft").doesNotContain("busy before the sample");
    }
}
