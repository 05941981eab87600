package dev.polyglot.bench.cassandra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.polyglot.bench.BenchRequest;
import dev.polyglot.bench.Engines;
import dev.polyglot.bench.LiveEngineTest;
import dev.polyglot.bench.ShortRuns;
import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.WriteConsistency;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cassandra from {@code scripts/engines.sh up cassandra}: every shape through the bench, both write consistencies, the
 * claim, a user's keyspace left byte-identical, an unreachable server.
 */
@LiveEngineTest
class CassandraBindingTest {
    static final String USER_KEYSPACE = "polyglot_user_data_test";
    static CqlSession side;

    static Endpoint local() { return Engines.endpoint(CassandraDriver.ENGINE, Optional.empty(), System.getenv()); }

    @BeforeAll
    static void userData() {
        side = CassandraBinding.connect(local());
        CassandraBinding.ddl(side, "CREATE KEYSPACE IF NOT EXISTS " + USER_KEYSPACE + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        CassandraBinding.ddl(side, "CREATE TABLE IF NOT EXISTS " + USER_KEYSPACE + ".kv (k bigint PRIMARY KEY, v blob)");
        CassandraBinding.ddl(side, "CREATE TABLE IF NOT EXISTS " + USER_KEYSPACE + ".points (series_id bigint, ts timestamp, value double, PRIMARY KEY (series_id, ts))");
        for (long k = 0; k < 50; k++) {
            side.execute(SimpleStatement.newInstance("INSERT INTO " + USER_KEYSPACE + ".kv (k, v) VALUES (?, ?)", k, ByteBuffer.wrap(("user " + k).getBytes())));
        }
    }

    @AfterAll
    static void dropUserData() {
        CassandraBinding.ddl(side, "DROP KEYSPACE IF EXISTS " + USER_KEYSPACE);
        side.close();
    }

    static List<String> userRows() {
        List<String> rows = new ArrayList<>();
        for (Row r : side.execute("SELECT k, v FROM " + USER_KEYSPACE + ".kv")) rows.add(r.getLong(0) + "=" + com.datastax.oss.protocol.internal.util.Bytes.toHexString(r.getByteBuffer(1)));
        rows.sort(String::compareTo);
        return rows;
    }

    static boolean benchKeyspaceExists() {
        return side.execute(SimpleStatement.newInstance("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?", CassandraBinding.KEYSPACE)).one() != null;
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"POINT_LOOKUP", "RANGE_SCAN", "TIME_SERIES"})
    void everyShapeReadsAndWritesWithoutErrorsAndLeavesTheUsersKeyspaceByteIdentical(Shape shape) {
        List<String> before = userRows();
        assertThat(before).hasSize(50);

        BenchResult result = ShortRuns.run(new BenchRequest(CassandraDriver.ENGINE, local(), shape.id(), new DatasetSpec(shape, 2_000, 20),
                ShortRuns.plan(OptionalDouble.of(60), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.load().records()).isEqualTo(2_000);
        assertThat(userRows()).isEqualTo(before);
        assertThat(benchKeyspaceExists()).as("keyspace %s removed at the end", CassandraBinding.KEYSPACE).isFalse();
    }

    @ParameterizedTest
    @EnumSource(WriteConsistency.class)
    void writesAtEitherConsistencyLandAndReadsReturnTheRowsTheShapePromises(WriteConsistency consistency) {
        DatasetSpec spec = new DatasetSpec(Shape.RANGE_SCAN, 500, 20, DatasetSpec.DEFAULT_HOPS, consistency);
        try (CassandraBinding binding = CassandraBinding.open(local())) {
            assertThat(binding.load(spec).reused()).isFalse();
            assertThat(binding.load(spec).reused()).as("a matching manifest is reused").isTrue();
            long before = side.execute("SELECT count(*) FROM " + CassandraBinding.KEYSPACE + ".payments").one().getLong(0);
            try (Operation op = binding.prepare(spec)) {
                for (long k = 0; k < 10; k++) assertThat(op.execute(OpKind.WRITE, k)).isEqualTo(Outcome.OK);
                assertThat(op.execute(OpKind.READ, 3)).isEqualTo(Outcome.OK);
            }
            assertThat(side.execute("SELECT count(*) FROM " + CassandraBinding.KEYSPACE + ".payments").one().getLong(0)).isEqualTo(before + 10);
            CassandraTable table = CassandraTable.of(spec);
            assertThat(side.execute(SimpleStatement.newInstance(CassandraStatements.read(table), 3L, 20)).all()).hasSize(20);
            binding.cleanup();
        }
        assertThat(benchKeyspaceExists()).isFalse();
    }

    /**
     * The level reaches the server: with the bench keyspace made for two replicas on this one node, a quorum (two) cannot
     * be met, so a QUORUM write is refused while a ONE write lands; reads (always ONE) are served either way.
     */
    @Test
    void aQuorumWriteWaitsForAMajorityOfReplicasWhereAOneWriteDoesNot() {
        DatasetSpec one = new DatasetSpec(Shape.POINT_LOOKUP, 200, 1);
        DatasetSpec quorum = new DatasetSpec(Shape.POINT_LOOKUP, 200, 1, DatasetSpec.DEFAULT_HOPS, WriteConsistency.QUORUM);
        CassandraBinding.ddl(side, "DROP KEYSPACE IF EXISTS " + CassandraBinding.KEYSPACE);
        CassandraBinding.ddl(side, "CREATE KEYSPACE " + CassandraBinding.KEYSPACE + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 2}");
        try (CassandraBinding binding = CassandraBinding.open(local())) {
            binding.load(one);
            try (Operation atOne = binding.prepare(one); Operation atQuorum = binding.prepare(quorum)) {
                assertThat(atOne.execute(OpKind.WRITE, 7)).isEqualTo(Outcome.OK);
                assertThat(atQuorum.execute(OpKind.WRITE, 7)).as("refused by the node, not a lost connection").isEqualTo(Outcome.SERVER_ERROR);
                assertThat(atQuorum.execute(OpKind.READ, 7)).isEqualTo(Outcome.OK);
            } finally {
                binding.cleanup();
            }
        }
        assertThat(benchKeyspaceExists()).isFalse();
    }

    @Test
    void aTimeSeriesWindowReadsTheLastTenMinutesOfOneSeries() {
        DatasetSpec spec = new DatasetSpec(Shape.TIME_SERIES, 3_600, 20);  // 10 series of 360 points, one each 10 s
        try (CassandraBinding binding = CassandraBinding.open(local())) {
            binding.load(spec);
            CassandraTable table = CassandraTable.of(spec);
            List<Row> window = side.execute(SimpleStatement.newInstance(CassandraStatements.read(table), 4L,
                    java.time.Instant.now().minusMillis(CassandraTable.WINDOW_MS))).all();
            assertThat(window).hasSizeBetween(59, 61);  // 10 minutes at one point each 10 s, the edge depending on the instant
            binding.cleanup();
        }
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolderAndAReleasedOneCanBeRetaken() {
        Claimant holder = Claimant.current();
        NamespaceClaim first = Engines.driver(CassandraDriver.ENGINE).claim(local(), holder);
        try {
            assertThatThrownBy(() -> Engines.driver(CassandraDriver.ENGINE).claim(local(), Claimant.current()))
                    .isInstanceOf(NamespaceBusyException.class).hasMessageContaining("another polyglot bench is running against cassandra at 127.0.0.1:9042")
                    .hasMessageContaining(holder.describe());
        } finally {
            first.close();
        }
        Engines.driver(CassandraDriver.ENGINE).claim(local(), Claimant.current()).close();
        CassandraBinding.ddl(side, "DROP KEYSPACE IF EXISTS " + CassandraBinding.KEYSPACE);
    }

    @Test
    void anUnreachableServerSaysHowToStartOneWithoutPrintingTheCredentials() {
        Endpoint nowhere = Engines.endpoint(CassandraDriver.ENGINE, Optional.of("cassandra://bench:s3cret-pw@127.0.0.1:1/polyglot_bench"), Map.of());
        assertThatThrownBy(() -> CassandraBinding.open(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach cassandra at 127.0.0.1:1").hasMessageContaining("scripts/engines.sh up cassandra")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-pw"));
    }
}
