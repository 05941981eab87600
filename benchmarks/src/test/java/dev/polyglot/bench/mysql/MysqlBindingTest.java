package dev.polyglot.bench.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.GroupSearches;
import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.ShortRuns;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.workloads.Shape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** MariaDB from {@code scripts/engines.sh up mariadb}: every shape, the claim, the user's data, an unreachable server. */
@LiveEngineTest
class MysqlBindingTest {
    static Endpoint local() { return Engines.endpoint(MysqlDriver.ENGINE, Optional.empty(), System.getenv()); }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"POINT_LOOKUP", "RANGE_SCAN", "FULL_TEXT", "AGGREGATE"})
    void eachShapeReadsAndWritesWithoutErrorsAndLeavesTheUsersDataByteIdentical(Shape shape) throws Exception {
        String before = userData();

        BenchResult result = ShortRuns.run(new BenchRequest(MysqlDriver.ENGINE, local(), shape.id(), new DatasetSpec(shape, 2_000, 20),
                ShortRuns.plan(OptionalDouble.of(40), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.verdict()).isNotEqualTo(Verdict.FAIL);
        assertThat(result.load().records()).isEqualTo(2_000);
        assertThat(databases()).doesNotContain(MysqlBinding.DATABASE);
        assertThat(userData()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} documents, rows_per_query {1}")
    @CsvSource({"3000, 1", "3010, 30", "200, 200"})
    void aFullTextReadMatchesItsGroupOfRowsPerQueryDocumentsAndRanksTheTopTen(long records, long rowsPerQuery) throws Exception {
        DatasetSpec spec = new DatasetSpec(Shape.FULL_TEXT, records, rowsPerQuery);
        try (MysqlBinding binding = MysqlBinding.open(local())) {
            try {
                binding.load(spec);
                try (Connection c = MysqlBinding.connect(local())) {
                    GroupSearches.check(c, MysqlShape.of(spec), "SELECT COUNT(*) FROM " + MysqlBinding.DATABASE
                            + ".docs WHERE MATCH (title, body) AGAINST (? IN NATURAL LANGUAGE MODE)", records, rowsPerQuery);
                }
            } finally {
                binding.cleanup();
            }
        }
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolderConnectionAndAReleasedOneCanBeRetaken() {
        NamespaceClaim first = Engines.driver(MysqlDriver.ENGINE).claim(local(), Claimant.current());
        try {
            assertThatThrownBy(() -> Engines.driver(MysqlDriver.ENGINE).claim(local(), Claimant.current()))
                    .isInstanceOf(NamespaceBusyException.class).hasMessageContaining("another polyglot bench is running against mysql at 127.0.0.1:3306")
                    .hasMessageContaining("connection ");
        } finally {
            first.close();
        }
        Engines.driver(MysqlDriver.ENGINE).claim(local(), Claimant.current()).close();
    }

    @Test
    void anUnreachableServerSaysHowToStartOneWithoutThePassword() {
        Endpoint nowhere = Engines.endpoint(MysqlDriver.ENGINE, Optional.of("mysql://polyglot:s3cret@127.0.0.1:1/x"), Map.of());
        assertThatThrownBy(() -> MysqlBinding.open(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach mysql at 127.0.0.1:1").hasMessageContaining("scripts/engines.sh up mariadb")
                .hasMessageNotContaining("s3cret");
    }

    /** Every row of the user's database {@code polyglot} (a table the test owns there), in order. */
    private static String userData() throws Exception {
        try (Connection c = MysqlBinding.connect(local()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS polyglot.unrelated_kv (id BIGINT PRIMARY KEY, payload VARCHAR(64))");
            st.execute("INSERT IGNORE INTO polyglot.unrelated_kv SELECT seq, MD5(seq) FROM polyglot.seq_1_to_300");
            StringBuilder all = new StringBuilder();
            try (ResultSet rs = st.executeQuery("SELECT id, payload FROM polyglot.unrelated_kv ORDER BY id")) {
                while (rs.next()) all.append(rs.getLong(1)).append('=').append(rs.getString(2)).append('\n');
            }
            return all.toString();
        }
    }

    private static java.util.List<String> databases() throws Exception {
        try (Connection c = MysqlBinding.connect(local()); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW DATABASES")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rs.next()) names.add(rs.getString(1));
            return names;
        }
    }
}
