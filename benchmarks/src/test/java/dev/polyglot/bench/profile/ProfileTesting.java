package dev.polyglot.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.Engines;
import dev.polyglot.bench.postgres.PostgresBinding;
import dev.polyglot.bench.postgres.PostgresDriver;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import dev.polyglot.workloads.WorkloadsReader;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a profiler against the local engine, scoped to a test namespace, and parses its draft. */
public final class ProfileTesting {
    private ProfileTesting() {}

    /**
     * (Re)creates {@code schema} with three tables: accounts (ids 1..1000), orders (1000, 20 for each customer 1..50,
     * indexed by customer and time) and sales (5000 rows over regions 0..6, no index).
     */
    public static void createShop(Statement st, String schema) throws SQLException {
        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        st.execute("CREATE SCHEMA " + schema);
        st.execute("CREATE TABLE " + schema + ".accounts (id int PRIMARY KEY, balance bigint)");
        st.execute("INSERT INTO " + schema + ".accounts SELECT g, g * 10 FROM generate_series(1, 1000) g");
        st.execute("CREATE TABLE " + schema + ".orders (id int PRIMARY KEY, customer int, created_at timestamptz)");
        st.execute("CREATE INDEX ON " + schema + ".orders (customer, created_at)");
        st.execute("INSERT INTO " + schema + ".orders SELECT g, g % 50 + 1, now() - g * interval '1 minute' FROM generate_series(1, 1000) g");
        st.execute("CREATE TABLE " + schema + ".sales (region int, amount bigint)");
        st.execute("INSERT INTO " + schema + ".sales SELECT g % 7, g FROM generate_series(1, 5000) g");
    }

    /** Drops the test schemas (and everything in them) from the local PostgreSQL. */
    public static void dropSchemas(String... schemas) throws SQLException {
        try (java.sql.Connection c = PostgresBinding.connect(local(PostgresDriver.ENGINE)); Statement st = c.createStatement()) {
            for (String schema : schemas) st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    public static Endpoint local(Engine engine) { return Engines.endpoint(engine, Optional.empty(), System.getenv()); }

    /** The draft's workloads by name, after asserting it parses. */
    public static Map<String, Workload> profile(Engine engine, String scope) throws InterruptedException {
        return profile(engine, scope, ProfileSource.AUTO, Duration.ofSeconds(1));
    }

    /** The draft's workloads by name, read from {@code source} over a sample of {@code sample}, after asserting it parses. */
    public static Map<String, Workload> profile(Engine engine, String scope, ProfileSource source, Duration sample) throws InterruptedException {
        return parse(draftYaml(engine, scope, source, sample));
    }

    /** The rendered draft of the local engine, scoped to {@code scope}, read from {@code source} over {@code sample}. */
    public static String draftYaml(Engine engine, String scope, ProfileSource source, Duration sample) throws InterruptedException {
        return DraftYaml.render(Engines.profiler(engine, source).profile(new ProfileRequest(engine, local(engine), sample, Optional.of(scope), "test", source)));
    }

    /** The workloads of a rendered draft by name, after asserting it parses and marks its budgets TODO. */
    public static Map<String, Workload> parse(String yaml) {
        ParseOutcome outcome = WorkloadsReader.read("draft.yml", yaml);
        assertThat(outcome).as(yaml).isInstanceOf(ParseOutcome.Parsed.class);
        WorkloadsFile file = ((ParseOutcome.Parsed) outcome).file();
        assertThat(yaml).contains("# TODO: set your budget");
        return file.workloads().stream().collect(Collectors.toMap(Workload::name, Function.identity()));
    }
}
