package dev.polyglot.bench.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.polyglot.bench.engine.SocialGraph;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Neo4j from {@code scripts/engines.sh up neo4j}: both shapes through the bench, the walk's answers against the graph
 * it was loaded from, the claim, a user's nodes and relationships left byte-identical, an unreachable server.
 */
@LiveEngineTest
class Neo4jBindingTest {
    static final String USER_LABEL = "PolyglotUserDataTest";
    static Driver side;

    static Endpoint local() { return Engines.endpoint(Neo4jDriver.ENGINE, Optional.empty(), System.getenv()); }

    static List<Record> run(String cypher, Map<String, Object> params) { return Neo4jBinding.run(side, local(), cypher, params, Duration.ofSeconds(30)); }

    @BeforeAll
    static void userData() {
        side = Neo4jBinding.connect(local());
        run("MATCH (n:" + USER_LABEL + ") DETACH DELETE n", Map.of());
        // The user's graph looks like the bench's (ids, a payload, follows) under labels and a type of their own.
        run("UNWIND range(0, 49) AS i CREATE (:" + USER_LABEL + " {id: i, payload: 'user ' + i})", Map.of());
        run("MATCH (a:" + USER_LABEL + "), (b:" + USER_LABEL + ") WHERE b.id = (a.id + 1) % 50 CREATE (a)-[:FOLLOWS {since: a.id}]->(b)", Map.of());
    }

    @AfterAll
    static void dropUserData() {
        run("MATCH (n:" + USER_LABEL + ") DETACH DELETE n", Map.of());
        side.close();
    }

    /** The user's nodes and relationships, every property, in a stable order. */
    static List<String> userGraph() {
        List<String> rows = new ArrayList<>();
        for (Record r : run("MATCH (n:" + USER_LABEL + ") OPTIONAL MATCH (n)-[f]->(m) RETURN n.id, n.payload, labels(n), type(f), f.since, m.id ORDER BY n.id", Map.of())) {
            rows.add(r.values().toString());
        }
        return rows;
    }

    static long benchNodes() { return run("MATCH (n:" + Neo4jStatements.LABEL + ") RETURN count(n)", Map.of()).get(0).get(0).asLong(); }

    static long benchConstraints() { return run(Neo4jStatements.OWN_CONSTRAINTS, Map.of()).size(); }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"GRAPH_TRAVERSAL", "POINT_LOOKUP"})
    void everyShapeReadsAndWritesWithoutErrorsAndLeavesTheUsersGraphByteIdentical(Shape shape) {
        List<String> before = userGraph();
        assertThat(before).hasSize(50);

        BenchResult result = ShortRuns.run(new BenchRequest(Neo4jDriver.ENGINE, local(), shape.id(), new DatasetSpec(shape, 2_000, 20, 3),
                ShortRuns.plan(OptionalDouble.of(60), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.load().records()).isEqualTo(2_000);
        assertThat(userGraph()).isEqualTo(before);
        assertThat(benchNodes()).as("%s nodes removed at the end", Neo4jStatements.LABEL).isZero();
        assertThat(benchConstraints()).as("the bench's constraints dropped at the end").isZero();
    }

    @Test
    void theWalkCountsThePeopleABreadthFirstSearchOfTheSameSocialGraphReachesAtEachDepth() {
        long people = 2_000;
        DatasetSpec spec = new DatasetSpec(Shape.GRAPH_TRAVERSAL, people, 20, 1);
        try (Neo4jBinding binding = Neo4jBinding.open(local())) {
            try {
                assertThat(binding.load(spec).reused()).isFalse();
                assertThat(binding.load(spec).reused()).as("a matching manifest is reused").isTrue();
                assertThat(run("MATCH (:" + Neo4jStatements.PERSON + ")-[f:" + Neo4jStatements.FOLLOWS + "]->() RETURN count(f)", Map.of()).get(0).get(0).asLong())
                        .isEqualTo(SocialGraph.edges(people));
                for (long person : new long[] {0, 17, 1_999}) {
                    for (int hops = 1; hops <= DatasetSpec.MAX_HOPS; hops++) {
                        long walked = run(Neo4jStatements.walk(hops), Map.of("id", person)).get(0).get(0).asLong();
                        assertThat(walked).as("people within %d hops of %d", hops, person).isEqualTo(reached(people, person, hops));
                    }
                }
            } finally {
                binding.cleanup();
            }
        }
        assertThat(benchNodes()).isZero();
    }

    /** The people within {@code hops} follows of {@code start} in {@link SocialGraph}, without {@code start}: what PostgreSQL's CTE counts. */
    static long reached(long people, long start, int hops) {
        BitSet seen = new BitSet();
        seen.set((int) start);
        List<Long> frontier = List.of(start);
        for (int h = 0; h < hops; h++) {
            List<Long> next = new ArrayList<>();
            for (long p : frontier) {
                for (long e = p * SocialGraph.fanOut(people); e < (p + 1) * SocialGraph.fanOut(people); e++) {
                    long t = SocialGraph.target(e, people);
                    if (!seen.get((int) t)) {
                        seen.set((int) t);
                        next.add(t);
                    }
                }
            }
            frontier = next;
        }
        return seen.cardinality() - 1;
    }

    @Test
    void writesAddAFollowOrReplaceAPayloadAndTheReadsFindThem() {
        DatasetSpec graph = new DatasetSpec(Shape.GRAPH_TRAVERSAL, 500, 20, 2);
        DatasetSpec records = new DatasetSpec(Shape.POINT_LOOKUP, 500, 20);
        try (Neo4jBinding binding = Neo4jBinding.open(local())) {
            try {
                binding.load(graph);
                binding.load(records);
                String follows = "MATCH (:" + Neo4jStatements.PERSON + " {id: 7})-[f:" + Neo4jStatements.FOLLOWS + "]->() RETURN count(f)";
                long before = run(follows, Map.of()).get(0).get(0).asLong();
                try (Operation op = binding.prepare(graph)) {
                    for (int i = 0; i < 5; i++) assertThat(op.execute(OpKind.WRITE, 7)).isEqualTo(Outcome.OK);
                    assertThat(op.execute(OpKind.READ, 7)).isEqualTo(Outcome.OK);
                }
                assertThat(run(follows, Map.of()).get(0).get(0).asLong()).isBetween(before + 1, before + 5);  // a repeated follow is merged, not doubled
                String payload = "MATCH (r:" + Neo4jStatements.RECORD + " {id: 9}) RETURN r.payload";
                String loaded = run(payload, Map.of()).get(0).get(0).asString();
                try (Operation op = binding.prepare(records)) {
                    assertThat(op.execute(OpKind.READ, 9)).isEqualTo(Outcome.OK);
                    assertThat(op.execute(OpKind.WRITE, 9)).isEqualTo(Outcome.OK);
                }
                assertThat(run(payload, Map.of()).get(0).get(0).asString()).isNotEqualTo(loaded).hasSameSizeAs(loaded);
            } finally {
                binding.cleanup();
            }
        }
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolderAndAReleasedOneCanBeRetaken() {
        Claimant holder = Claimant.current();
        NamespaceClaim first = Engines.driver(Neo4jDriver.ENGINE).claim(local(), holder);
        try {
            assertThatThrownBy(() -> Engines.driver(Neo4jDriver.ENGINE).claim(local(), Claimant.current()))
                    .isInstanceOf(NamespaceBusyException.class).hasMessageContaining("another polyglot bench is running against neo4j at 127.0.0.1:7687")
                    .hasMessageContaining(holder.describe());
        } finally {
            first.close();
        }
        Engines.driver(Neo4jDriver.ENGINE).claim(local(), Claimant.current()).close();
        assertThat(benchNodes()).as("a released claim leaves no node").isZero();
    }

    @Test
    void aClaimWhoseRunDiedLapsesAfterItsTtl() throws InterruptedException {
        Neo4jClaim dead = Neo4jClaim.take(local(), Claimant.current(), 3);
        // A run that died: its renewals stop (the heartbeat would otherwise push the expiry); its node stays.
        run("MATCH (c:" + Neo4jStatements.CLAIM + ") SET c.expires = timestamp() - 1", Map.of());
        try {
            Engines.driver(Neo4jDriver.ENGINE).claim(local(), Claimant.current()).close();
        } finally {
            dead.close();
        }
        assertThat(benchNodes()).isZero();
    }

    @Test
    void theServerVersionComesFromDbmsComponents() {
        assertThat(Engines.driver(Neo4jDriver.ENGINE).serverVersion(local())).matches("Neo4j 5\\.\\d+\\.\\d+ community");
    }

    @Test
    void anUnreachableServerSaysHowToStartOneWithoutPrintingTheCredentials() {
        Endpoint nowhere = Engines.endpoint(Neo4jDriver.ENGINE, Optional.of("bolt://bench:s3cret-pw@127.0.0.1:1"), Map.of());
        assertThatThrownBy(() -> Neo4jBinding.open(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach neo4j at 127.0.0.1:1").hasMessageContaining("scripts/engines.sh up neo4j")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-pw"));
    }
}
