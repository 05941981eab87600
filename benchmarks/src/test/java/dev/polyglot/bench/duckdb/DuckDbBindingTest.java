package dev.polyglot.bench.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.ShortRuns;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.workloads.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DuckDB in process over a file of the test's own: no server, so no engine tag and no lock. */
class DuckDbBindingTest {
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"AGGREGATE", "TIME_SERIES"})
    void eachShapeReadsAndWritesWithoutErrorsAndLeavesTheUsersTablesByteIdentical(Shape shape) throws Exception {
        Path file = dir.resolve("user.duckdb");
        Endpoint endpoint = Engines.endpoint(DuckDbDriver.ENGINE, Optional.of("duckdb:" + file), Map.of());
        String before = userData(file);

        BenchResult result = ShortRuns.run(new BenchRequest(DuckDbDriver.ENGINE, endpoint, shape.id(), new DatasetSpec(shape, 5_000, 100),
                ShortRuns.plan(OptionalDouble.of(40), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.verdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(result.load().records()).isEqualTo(5_000);
        assertThat(userData(file)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'polyglot_bench'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the bench's schema is gone").isZero();
        }
    }

    @Test
    void theUrlMustNameAFile() {
        assertThatThrownBy(() -> Engines.endpoint(DuckDbDriver.ENGINE, Optional.of("http://x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duckdb:PATH");
        assertThatThrownBy(() -> Engines.endpoint(DuckDbDriver.ENGINE, Optional.of("duckdb::memory:"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not :memory:");
        assertThat(Engines.endpoint(DuckDbDriver.ENGINE, Optional.of("duckdb:" + dir.resolve("a.duckdb")), Map.of()).toString())
                .isEqualTo(dir.resolve("a.duckdb").toString());
    }

    @Test
    void aFileInADirectoryThatDoesNotExistIsUnavailableWithAMessage() {
        Endpoint endpoint = Engines.endpoint(DuckDbDriver.ENGINE, Optional.of("duckdb:" + dir.resolve("missing/dir/x.duckdb")), Map.of());
        assertThatThrownBy(() -> DuckDbBinding.open(endpoint)).isInstanceOf(dev.polyglot.bench.engine.EngineUnavailableException.class)
                .hasMessageContaining("cannot open duckdb database").hasMessageContaining("--url duckdb:PATH");
    }

    /** The user's own table in schema main of the file (created on first call), every row in order. */
    private static String userData(Path file) throws Exception {
        boolean existed = Files.exists(file);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            if (!existed) st.execute("CREATE TABLE main.orders AS SELECT i AS id, md5(i::VARCHAR) AS note FROM range(300) t(i)");
            StringBuilder all = new StringBuilder();
            try (ResultSet rs = st.executeQuery("SELECT id, note FROM main.orders ORDER BY id")) {
                while (rs.next()) all.append(rs.getLong(1)).append('=').append(rs.getString(2)).append('\n');
            }
            return all.toString();
        }
    }
}
