package dev.polyglot.bench.profile;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.postgres.PostgresDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgbench, PostgreSQL's own load client, drives three loads in schema {@value #SCHEMA} ({@code pgbench -i -s 1},
 * nothing else touched) while the profiler samples {@code pg_stat_statements}: TPC-B-like, select-only, and a custom
 * pair of scripts (an append with a range read of the history by account, and a GROUP BY over the accounts). The
 * draft must merge the statements into the workloads an engineer would write, with rates within 5% of what
 * pgbench's own per-transaction log shows completing inside the profiler's window, their shapes, and latencies.
 */
@LiveEngineTest
class PgbenchProfileTest {
    static final String SCHEMA = "polyglot_profile_pgbench";
    static final String ACCOUNTS = "select, update pgbench_accounts by aid";
    static final String HISTORY_APPENDS = "insert pgbench_history";
    static final String HISTORY = "select, insert pgbench_history";
    static final String LOOKUPS = "select pgbench_accounts by aid";
    static final String GROUP = "select pgbench_accounts group by bid";

    @TempDir static Path dir;
    private static Profiled tpcb;
    private static Profiled selectOnly;
    private static Profiled custom;

    /** One profile taken while pgbench ran, with the transactions its log shows completing inside the window. */
    record Profiled(String yaml, Map<String, Workload> workloads, Map<Integer, Long> completed, double seconds) {
        double clientRate(int script) { return completed.getOrDefault(script, 0L) / seconds; }
    }

    @BeforeAll
    static void runTheThreeLoads() throws Exception {
        Endpoint pg = ProfileTesting.local(PostgresDriver.ENGINE);
        try (Connection c = PostgresBinding.connect(pg); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
        }
        Map<String, String> env = ExternalClient.libpq(pg, "-c search_path=" + SCHEMA);
        ExternalClient.run(dir, env, List.of("pgbench", "-i", "-s", "1", "-q"));
        tpcb = profileDuring("tpcb", env, List.of("-b", "tpcb-like", "-c", "2", "-R", "150"));
        selectOnly = profileDuring("select-only", env, List.of("-b", "select-only", "-c", "2", "-R", "600"));
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("history.sql"), """
                \\set aid random(1, 100000 * :scale)
                \\set delta random(-5000, 5000)
                INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (1, 1, :aid, :delta, CURRENT_TIMESTAMP);
                SELECT delta, mtime FROM pgbench_history WHERE aid = :aid ORDER BY mtime DESC LIMIT 10;
                """);
        Files.writeString(scripts.resolve("group.sql"), "SELECT bid, sum(abalance) FROM pgbench_accounts GROUP BY bid;\n");
        custom = profileDuring("custom", env, List.of("-f", scripts.resolve("history.sql") + "@4", "-f", scripts.resolve("group.sql") + "@1",
                "-c", "2", "-R", "100"));
    }

    /** Runs pgbench for 7 s with its per-transaction log, and profiles 3 s of it from 1.5 s on. */
    private static Profiled profileDuring(String name, Map<String, String> env, List<String> args) throws Exception {
        Path run = Files.createDirectories(dir.resolve(name));
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-l", "-T", "7"));
        command.addAll(args);
        Draft draft;
        try (ExternalClient client = ExternalClient.start(run, env, command)) {
            Thread.sleep(1500);
            draft = Engines.profiler(PostgresDriver.ENGINE, ProfileSource.STATEMENTS).profile(new ProfileRequest(PostgresDriver.ENGINE, ProfileTesting.local(PostgresDriver.ENGINE), Duration.ofSeconds(3),
                    Optional.of(SCHEMA), "pgbench", ProfileSource.STATEMENTS));
            client.finish();
        }
        SampleWindow window = draft.window().orElseThrow();
        String yaml = DraftYaml.render(draft);
        return new Profiled(yaml, ProfileTesting.parse(yaml), ExternalClient.pgbenchCompletions(run, window.start(), window.end()), window.seconds());
    }

    @AfterAll
    static void dropTheSchema() throws Exception {
        ProfileTesting.dropSchemas(SCHEMA);
    }

    @Test
    void tpcbIsFourWorkloadsWithLookupsAndUpdatesByAidMerged() {
        assertThat(tpcb.workloads().keySet()).as(tpcb.yaml())
                .containsExactlyInAnyOrder(ACCOUNTS, HISTORY_APPENDS, "update pgbench_tellers by tid", "update pgbench_branches by bid");
        Workload accounts = tpcb.workloads().get(ACCOUNTS);
        assertThat(accounts.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(accounts.readRatio()).isCloseTo(0.5, within(0.01));
        assertThat(accounts.opsPerSec()).as(tpcb.yaml()).isCloseTo(2 * tpcb.clientRate(0), withinPercentage(5));
        assertThat(accounts.records().orElseThrow()).as("n_live_tup, an estimate").isCloseTo(100_000L, withinPercentage(1));
        Workload history = tpcb.workloads().get(HISTORY_APPENDS);
        assertThat(history.shape()).as("an append-only table stamped with CURRENT_TIMESTAMP").isEqualTo(Shape.TIME_SERIES);
        assertThat(history.opsPerSec()).isCloseTo(tpcb.clientRate(0), withinPercentage(5));
        assertThat(tpcb.yaml()).contains("#   " , "x UPDATE pgbench_accounts SET abalance = abalance + $1 WHERE aid = $2",
                "x SELECT abalance FROM pgbench_accounts WHERE aid = $1", "SQL and catalog: equality on the unique key aid");
    }

    @Test
    void selectOnlyIsOneReadOnlyLookup() {
        assertThat(selectOnly.workloads().keySet()).as(selectOnly.yaml()).containsExactly(LOOKUPS);
        Workload lookups = selectOnly.workloads().get(LOOKUPS);
        assertThat(lookups.shape()).isEqualTo(Shape.POINT_LOOKUP);
        assertThat(lookups.readRatio()).isEqualTo(1.0);
        assertThat(lookups.opsPerSec()).as(selectOnly.yaml()).isCloseTo(selectOnly.clientRate(0), withinPercentage(5));
    }

    @Test
    void theHistorysAppendsAndRangeReadsAreOneTimeSeriesAndTheGroupByItsOwnAggregate() {
        assertThat(custom.workloads().keySet()).as(custom.yaml()).containsExactlyInAnyOrder(HISTORY, GROUP);
        Workload history = custom.workloads().get(HISTORY);
        assertThat(history.shape()).isEqualTo(Shape.TIME_SERIES);
        assertThat(history.readRatio()).isCloseTo(0.5, within(0.01));
        assertThat(history.opsPerSec()).as(custom.yaml()).isCloseTo(2 * custom.clientRate(0), withinPercentage(5));
        Workload group = custom.workloads().get(GROUP);
        assertThat(group.shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(group.rowsPerQuery().orElseThrow()).as("all of the table's rows (n_live_tup, an estimate)").isCloseTo(100_000L, withinPercentage(1));
        assertThat(group.opsPerSec()).as(custom.yaml()).isCloseTo(custom.clientRate(1), withinPercentage(5));
        assertThat(custom.yaml()).contains("shape aggregate: SQL: GROUP BY", "appended with the clock into mtime");
    }

    @Test
    void everyWorkloadStatesTheLatencyObservedAndSuggestsItsBudgetFromIt() {
        for (Profiled p : List.of(tpcb, selectOnly, custom)) {
            assertThat(count(p.yaml(), "# observed: pg_stat_statements execution time in the sample: mean ")).as(p.yaml())
                    .isEqualTo(p.workloads().size());
            assertThat(count(p.yaml(), "# TODO: set your budget (suggested: twice the observed p99 of ")).isEqualTo(p.workloads().size());
            assertThat(p.yaml()).contains("(an estimate: mean + 2.33 stddev");
        }
    }

    @Test
    void sizesAreWrittenAsPeopleWriteThem() {
        Matcher m = Pattern.compile("working_set: (\\S+)").matcher(tpcb.yaml() + custom.yaml());
        int sizes = 0;
        while (m.find()) {
            assertThat(m.group(1)).matches("\\d+(\\.\\d)?(B|KB|MB|GB)");
            sizes++;
        }
        assertThat(sizes).isEqualTo(tpcb.workloads().size() + custom.workloads().size());
        assertThat(custom.workloads().get(GROUP).workingSet().orElseThrow().bytes()).as("the GROUP BY reads all of the accounts")
                .isGreaterThan(10_000_000);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
