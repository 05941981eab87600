package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polyglot bench} against the real local engines: the contract's JSON, exit codes, messages, no credentials. */
@dev.polyglot.bench.LiveEngineTest
class BenchCommandTest {
    private final CliRun cli = new CliRun();
    private static final String[] SHORT = {"--duration", "1s", "--warmup", "0s", "--records", "1000", "--connections", "2"};

    private int run(Path json, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("bench"));
        all.addAll(List.of(args));
        all.addAll(List.of(SHORT));
        if (json != null) all.addAll(List.of("--json", json.toString()));
        return cli.run(all.toArray(String[]::new));
    }

    @Test
    void writesTheContractsJsonFields(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        assertThat(run(json, "--engine", "redis", "--rate", "100", "--p99", "500")).isEqualTo(ExitCode.OK);

        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).isEqualTo("redis");
        assertThat(r.get("workload").asText()).isEqualTo("point-lookup");
        assertThat(r.has("write_consistency")).as("only engines whose writes take a level show one").isFalse();
        assertThat(r.get("shape").asText()).isEqualTo("point-lookup");
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(100);
        assertThat(r.get("achieved_ops_per_sec").asDouble()).isBetween(90.0, 110.0);
        assertThat(r.get("connections").asInt()).isEqualTo(2);
        assertThat(r.get("duration_s").isNumber()).isTrue();
        assertThat(r.get("operations").asLong()).isBetween(90L, 110L);
        assertThat(r.get("errors").asLong()).isZero();
        assertThat(r.get("latency_ms").fieldNames()).toIterable().containsExactly("p50", "p90", "p99", "p999", "max");
        assertThat(r.get("latency_ms").get("p50").asDouble()).isPositive();
        assertThat(r.get("p99_budget_ms").asDouble()).isEqualTo(500);
        assertThat(r.get("verdict").asText()).isEqualTo("pass");
        assertThat(cli.out.toString()).contains("point-lookup", "redis", "pass");
    }

    @Test
    void writesAnHdrHistogramLogWithOneHeaderAndTaggedIntervals(@TempDir Path dir) throws Exception {
        Path hlog = dir.resolve("run.hlog");
        assertThat(run(null, "--engine", "redis", "--rate", "100", "--hlog", hlog.toString())).isEqualTo(ExitCode.OK);
        String log = Files.readString(hlog);
        assertThat(log.split("#\\[Histogram log format version", -1)).hasSize(2);
        assertThat(log).contains("Tag=read,");
        var reader = new org.HdrHistogram.HistogramLogReader(hlog.toFile());
        assertThat(reader.nextIntervalHistogram()).isNotNull();
    }

    @Test
    void aMissedBudgetFailsWithExit1(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        assertThat(run(json, "--engine", "postgres", "--rate", "50", "--p99", "0.001")).isEqualTo(ExitCode.NO);
        assertThat(new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("verdict").asText()).isEqualTo("fail");
    }

    @Test
    void anUnreachableEngineIsExit3NamingTheAddressAndTheFixWithoutCredentials() {
        assertThat(run(null, "--engine", "postgres", "--url", "postgresql://alice:s3cret-pw@127.0.0.1:1/db")).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(cli.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up postgres").doesNotContain("s3cret-pw");

        CliRun redis = new CliRun();
        assertThat(redis.run("bench", "--engine", "redis", "--url", "redis://:s3cret-pw@127.0.0.1:1", "--duration", "1s"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(redis.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up redis").doesNotContain("s3cret-pw");

        CliRun clickhouse = new CliRun();
        assertThat(clickhouse.run("bench", "--engine", "clickhouse", "--url", "http://bob:s3cret-pw@127.0.0.1:1", "--duration", "1s"))
                .isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(clickhouse.err.toString()).contains("127.0.0.1:1", "scripts/engines.sh up clickhouse").doesNotContain("s3cret-pw");
    }

    @Test
    void badArgumentsAreExit2WithOneMessage() {
        assertThat(run(null, "--engine", "mongodb")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("unknown --engine 'mongodb'");
        CliRun shape = new CliRun();
        assertThat(shape.run("bench", "--engine", "redis", "--shape", "full-text")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(shape.err.toString()).contains("redis has no bench for shape full-text");
        CliRun hops = new CliRun();
        assertThat(hops.run("bench", "--engine", "postgres", "--shape", "graph-traversal", "--hops", "5")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(hops.err.toString().strip()).isEqualTo("polyglot bench: --hops must be 1 to 4, was 5");
    }

    @Test
    void anUnknownEngineIsToldEveryEngineTheBenchDrives() {
        assertThat(run(null, "--engine", "mongodb")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("expected postgres, redis, clickhouse, mysql, memcached, duckdb, cassandra, neo4j or elasticsearch");
        CliRun alias = new CliRun();
        assertThat(alias.run("bench", "--engine", "mariadb", "--url", "http://x")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alias.err.toString()).as("mariadb is mysql's alias").contains("--url for mysql must start with mysql://, mariadb://");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "redis      | redis://:s3cret@127.0.0.1:6379/abc | --url's database must be a Redis database number like 0",
            "redis      | redis://127.0.0.1:port             | --url has a host:port that cannot be read",
            "postgres   | mysql://u:s3cret@127.0.0.1/db      | --url for postgres must start with postgresql://",
            "clickhouse | http://u:s3cret@127.0.0.1:99999    | --url's port must be 1 to 65535",
    })
    void aMalformedUrlIsExit2WithOneMessageAndNoCredentials(String engine, String url, String message) {
        CliRun bad = new CliRun();
        assertThat(bad.run("bench", "--engine", engine, "--url", url, "--duration", "1s")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err.toString().strip()).startsWith("polyglot bench: " + message).doesNotContain("s3cret", "Exception", "\n");
    }

    @Test
    void aFileRunsTheNamedWorkloadOnItsRoutedEngineAgainstItsBudget(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        int exit = run(json, "../examples/walletkart.yml", "--workload", "wallet balance lookup", "--rate-scale", "0.1");

        assertThat(exit).isIn(ExitCode.OK, ExitCode.NO);
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("workload").asText()).isEqualTo("wallet balance lookup");
        assertThat(r.get("engine").asText()).isIn("postgres", "redis");
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(80);
        assertThat(r.get("p99_budget_ms").asDouble()).isEqualTo(50);
    }

    @Test
    void aBatchedEnginesWritesSayHowManyRowsEachAppendedInEveryFormat(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json"), html = dir.resolve("r.html");
        int exit = run(json, "--engine", "clickhouse", "--shape", "time-series", "--rate", "20", "--read-ratio", "0.5", "--write-rows", "10",
                "--html", html.toString());

        assertThat(exit).as(cli.err.toString()).isIn(ExitCode.OK, ExitCode.NO);
        assertThat(new ObjectMapper().readTree(json.toFile()).get("results").get(0).get("write_rows").asInt()).isEqualTo(10);
        assertThat(cli.out.toString()).contains("writes append 10 rows each");
        assertThat(Files.readString(html)).contains("<p class=\"writes\">writes append 10 rows each</p>");

        CliRun reads = new CliRun();
        List<String> readsOnly = new java.util.ArrayList<>(List.of("bench", "--engine", "clickhouse", "--shape", "time-series", "--rate", "20",
                "--read-ratio", "1", "--json", json.toString()));
        readsOnly.addAll(List.of(SHORT));
        reads.run(readsOnly.toArray(String[]::new));
        assertThat(new ObjectMapper().readTree(json.toFile()).get("results").get(0).has("write_rows")).as("a run without writes").isFalse();
    }

    @Test
    void monthsBenchesTheGrownWorkloadOnTheEngineAdviseMonthsRoutesItTo(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        int exit = run(json, "../examples/walletkart.yml", "--workload", "monthly settlement aggregates", "--months", "6", "--rate-scale", "100");

        assertThat(exit).as(cli.err.toString()).isIn(ExitCode.OK, ExitCode.NO);
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("engine").asText()).as("today postgres; in 6 months clickhouse").isEqualTo("clickhouse");
        assertThat(r.get("target_ops_per_sec").asDouble()).isCloseTo(0.01 * Math.pow(1.2, 6) * 100, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aFileRunCarriesAdvisesEstimateAtTheRateAndSizeRunFromTheSameCatalog(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        run(json, "../examples/walletkart.yml", "--workload", "transaction history", "--rate-scale", "0.1");
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        JsonNode e = r.get("estimate");
        assertThat(e.get("catalog").asText()).isEqualTo("built-in");
        // Reads cost service_ms 1.5 + 30 rows at 2M rows/s = 1.515 ms; its appends (5%, the writes of its read ratio 0.95)
        // cost the B-tree's write_ms 2; at 20/s (idle) the mix's p99 is the x with 0.95 * 0.01^(x/1.515) + 0.05 *
        // 0.01^(x/2) = 0.01, 1.548 ms, as the advisor loads a node (OpMix, MixedTail).
        assertThat(e.get("p99_ms").asDouble()).as("5% writes of 2 ms beside reads of 1.515 ms, idle at 20/s").isCloseTo(1.548, org.assertj.core.data.Offset.offset(0.01));
        assertThat(e.get("model_reading").asText()).contains("service_ms 1.5 + 30 rows", "writes write_ms 2");
        assertThat(e.get("capacity_ops_per_sec").asDouble()).isPositive();
        assertThat(r.get("measured_over_estimate").asDouble()).isCloseTo(r.get("latency_ms").get("p99").asDouble() / e.get("p99_ms").asDouble(),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(e.get("operation").asText()).contains("latest 30 rows");

        // A catalog that doubles the service time doubles the estimate: --catalog reaches the bench.
        Path catalog = dir.resolve("catalog.yml");
        Files.writeString(catalog, "version: 1\nengines:\n  - id: postgres\n    shapes:\n      range-scan: {fit: native, service_ms: [3.0, measured],"
                + " scan_rows_per_s: [2000000, assumed], ops_per_node: [15000, assumed], canonical: true}\n");
        Path json2 = dir.resolve("r2.json");
        run(json2, "../examples/walletkart.yml", "--workload", "transaction history", "--rate-scale", "0.1", "--catalog", catalog.toString());
        JsonNode e2 = new ObjectMapper().readTree(json2.toFile()).get("results").get(0).get("estimate");
        assertThat(e2.get("catalog").asText()).isEqualTo(catalog.toString());
        assertThat(e2.get("p99_ms").asDouble()).isCloseTo(3.015, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aOneQueryEvery100sAggregateIsMeasuredOn20SpacedOperations(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        int exit = cli.run("bench", "../examples/walletkart.yml", "--workload", "monthly settlement aggregates", "--scale", "0.0001",
                "--duration", "1s", "--warmup", "0s", "--json", json.toString());
        assertThat(exit).as(cli.err.toString()).isEqualTo(ExitCode.OK);
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("target_ops_per_sec").asDouble()).isEqualTo(0.01);
        assertThat(r.get("operations").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(r.get("spaced_operations").asInt()).isEqualTo(20);
        assertThat(r.get("verdict").asText()).isEqualTo("pass");
        assertThat(r.get("reason").asText()).contains("spaced so they do not queue").doesNotContain("no operation completed");
    }

    @Test
    void aSaturatedEngineFailsWithTheRateItSustained(@TempDir Path dir) throws Exception {
        // Each aggregate scans 100k rows on one connection: far fewer than 2,000 a second can be served.
        Path json = dir.resolve("r.json");
        int exit = cli.run("bench", "--engine", "postgres", "--shape", "aggregate", "--records", "100000", "--rate", "2000",
                "--connections", "1", "--duration", "2s", "--warmup", "0s", "--json", json.toString());
        assertThat(exit).as(cli.err.toString()).isEqualTo(ExitCode.NO);
        JsonNode r = new ObjectMapper().readTree(json.toFile()).get("results").get(0);
        assertThat(r.get("verdict").asText()).isEqualTo("fail");
        assertThat(r.get("reason").asText()).contains("saturated: the engine sustained");
        assertThat(r.get("connections_busy").asDouble()).isGreaterThan(0.85);
    }

    @Test
    void monthsOutOfRangeOrWithoutAFileIsExit2() {
        assertThat(run(null, "../examples/walletkart.yml", "--months", "-1")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.err.toString()).contains("--months must be from 0 to 120");
        CliRun synthetic = new CliRun();
        assertThat(synthetic.run("bench", "--engine", "redis", "--months", "6")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(synthetic.err.toString()).contains("--months grows the workloads of a FILE").doesNotContain("Exception");
    }

    @Test
    void anEngineLostMidRunIsExit3WithPartialResults(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        var exit = CompletableFuture.supplyAsync(() -> new CliRun().run("bench", "--engine", "postgres", "--rate", "100",
                "--duration", "20s", "--warmup", "0s", "--records", "1000", "--connections", "2", "--json", json.toString()));
        Thread.sleep(2_000);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + env("PGDATABASE", "polyglot"),
                env("PGUSER", "polyglot"), env("PGPASSWORD", "polyglot")); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'polyglot-bench' AND pid <> pg_backend_pid()");
        }
        assertThat(exit.get(15, TimeUnit.SECONDS)).isEqualTo(ExitCode.ENVIRONMENT);
        JsonNode r = new ObjectMapper().readTree(Files.readString(json)).get("results").get(0);
        assertThat(r.get("operations").asLong()).isPositive();
        assertThat(r.get("aborted").asText()).contains("connection");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }
}
