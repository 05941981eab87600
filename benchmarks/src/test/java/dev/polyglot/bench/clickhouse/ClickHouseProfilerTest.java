package dev.polyglot.bench.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.profile.ProfileSource;
import dev.polyglot.bench.profile.ProfileTesting;
import dev.polyglot.bench.profile.Rate;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the local ClickHouse: in database {@value #DB}, a table appended in small batches and read in small
 * windows, and a table grouped over all its rows, with those queries logged; the draft scoped to that database
 * names one time series and one aggregate, with the rows of their parts.
 */
@dev.polyglot.bench.LiveEngineTest
class ClickHouseProfilerTest {
    static final String DB = "polyglot_profile_test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Map<String, Workload> draft;
    private static String yaml;

    /** Runs one statement over HTTP with query logging on for it. */
    static void sql(String statement) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8123/?log_queries=1"))
                .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(statement + ": " + r.body()).isEqualTo(200);
    }

    @BeforeAll
    static void createActivityThenProfile() throws Exception {
        sql("DROP DATABASE IF EXISTS " + DB);
        sql("CREATE DATABASE " + DB);
        sql("CREATE TABLE " + DB + ".events (ts DateTime, v UInt64) ENGINE = MergeTree ORDER BY ts");
        sql("CREATE TABLE " + DB + ".sales (region UInt8, amount UInt64) ENGINE = MergeTree ORDER BY region");
        for (int i = 0; i < 5; i++) sql("INSERT INTO " + DB + ".events SELECT now() - number, number FROM numbers(10)");
        sql("SELECT * FROM " + DB + ".events ORDER BY ts DESC LIMIT 5");
        sql("INSERT INTO " + DB + ".sales SELECT number % 7, number FROM numbers(20000)");
        for (int i = 0; i < 3; i++) sql("SELECT region, sum(amount) FROM " + DB + ".sales GROUP BY region");
        sql("SYSTEM FLUSH LOGS");
        yaml = ProfileTesting.draftYaml(ClickHouseDriver.ENGINE, DB, ProfileSource.AUTO, java.time.Duration.ofSeconds(1));
        draft = ProfileTesting.parse(yaml);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        sql("DROP DATABASE IF EXISTS " + DB);
    }

    @Test
    void eachTableOfTheDatabaseWithItsShapeAndRows() {
        assertThat(draft.keySet()).containsExactlyInAnyOrder(DB + ".events", DB + ".sales");
        Workload events = draft.get(DB + ".events");
        assertThat(events.shape()).isEqualTo(Shape.TIME_SERIES);
        assertThat(events.records()).hasValue(50);
        assertThat(events.readRatio()).isLessThan(0.5);
        Workload sales = draft.get(DB + ".sales");
        assertThat(sales.shape()).isEqualTo(Shape.AGGREGATE);
        assertThat(sales.records()).hasValue(20_000);
        assertThat(sales.rowsPerQuery()).hasValue(20_000);
        assertThat(sales.workingSet().orElseThrow().bytes()).isPositive();
        assertThat(draft.values()).allSatisfy(w -> assertThat(w.opsPerSec()).isGreaterThanOrEqualTo(Rate.FLOOR));
    }

    @Test
    void eachTableStatesTheQueryDurationsTheLogHolds() {
        assertThat(yaml).contains("grouped by ");
        assertThat(yaml.split("# observed: system.query_log quantiles \\(exact, whole ms\\)", -1).length - 1).as(yaml).isEqualTo(2);
        assertThat(yaml).contains("runs: p50 ").doesNotContain("ms: CREATE TABLE");
    }
}
