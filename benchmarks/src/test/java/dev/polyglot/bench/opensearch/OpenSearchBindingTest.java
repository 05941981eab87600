package dev.polyglot.bench.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * OpenSearch from {@code scripts/engines.sh up opensearch}: every shape through the bench, what each read returns, the
 * claim, a user's indices (one of them named like the prefix without its dash) left byte-identical, an unreachable server.
 */
@LiveEngineTest
class OpenSearchBindingTest {
    /** A user's indices: one plainly elsewhere, one whose name starts like the bench's prefix but is not under it. */
    static final List<String> USER_INDICES = List.of("polyglot-user-data-test", "polyglot-benchmarks-user-test");
    static OpenSearchBinding side;

    static Endpoint local() { return Engines.endpoint(OpenSearchDriver.ENGINE, Optional.empty(), System.getenv()); }

    static OpenSearchClient client() { return side.client(); }

    @BeforeAll
    static void userData() throws IOException {
        side = OpenSearchBinding.open(local());
        for (String index : USER_INDICES) {
            client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
            client().indices().create(c -> c.index(index).mappings(m -> m.dynamic(DynamicMapping.True)));
            for (long k = 0; k < 50; k++) {
                long key = k;
                client().index(i -> i.index(index).id(Long.toString(key)).document(Map.of("title", "user document " + key, "n", key)));
            }
            client().indices().refresh(r -> r.index(index));
        }
    }

    @AfterAll
    static void dropUserData() throws IOException {
        for (String index : USER_INDICES) client().indices().delete(d -> d.index(index).ignoreUnavailable(true));
        side.close();
    }

    /** Every user document with its version and sequence number, which any write would have changed, plus each index's mapping. */
    static List<String> userState() throws IOException {
        List<String> state = new ArrayList<>();
        for (String index : USER_INDICES) {
            SearchResponse<ObjectNode> all = client().search(s -> s.index(index).size(100).version(true).seqNoPrimaryTerm(true)
                    .sort(o -> o.field(f -> f.field("n"))), ObjectNode.class);
            for (Hit<ObjectNode> hit : all.hits().hits()) state.add(index + "/" + hit.id() + " v" + hit.version() + " s" + hit.seqNo() + " " + hit.source());
            state.add(index + " mapping " + client().indices().getMapping(g -> g.index(index)).get(index).mappings().properties().keySet());
        }
        return state;
    }

    static List<String> benchIndices() throws IOException {
        return new ArrayList<>(client().indices().get(g -> g.index(OpenSearchBinding.PREFIX + "*")).result().keySet());
    }

    @ParameterizedTest
    @EnumSource(value = Shape.class, names = {"FULL_TEXT", "POINT_LOOKUP", "AGGREGATE", "TIME_SERIES"})
    void everyShapeReadsAndWritesWithoutErrorsAndLeavesTheUsersIndicesByteIdentical(Shape shape) throws IOException {
        List<String> before = userState();
        assertThat(before).hasSize(2 * 51);

        BenchResult result = ShortRuns.run(new BenchRequest(OpenSearchDriver.ENGINE, local(), shape.id(), new DatasetSpec(shape, 2_000, 20),
                ShortRuns.plan(OptionalDouble.of(40), Duration.ofMillis(1500), 2, 0.5), OptionalDouble.empty(), false), new RunControl());

        assertThat(result.run().errorsByKind()).isEmpty();
        assertThat(result.run().responseByKind()).containsKeys("read", "write");
        assertThat(result.load().records()).isEqualTo(2_000);
        assertThat(userState()).isEqualTo(before);
        assertThat(benchIndices()).as("every %s* index removed at the end", OpenSearchBinding.PREFIX).isEmpty();
    }

    @ParameterizedTest(name = "{0} documents, rows_per_query {1}")
    @CsvSource({"3000, 1", "3010, 30", "200, 200"})
    void aSearchMatchesItsGroupOfRowsPerQueryDocumentsRankedByBm25WithTheEnglishAnalyzer(long records, long rowsPerQuery) throws IOException {
        DatasetSpec spec = new DatasetSpec(Shape.FULL_TEXT, records, rowsPerQuery);
        OpenSearchIndex.Documents docs = new OpenSearchIndex.Documents(records, rowsPerQuery);
        try (OpenSearchBinding binding = OpenSearchBinding.open(local())) {
            assertThat(binding.load(spec).reused()).isFalse();
            assertThat(binding.load(spec).reused()).as("a matching manifest is reused").isTrue();
            var analyzed = client().indices().analyze(a -> a.index(docs.name()).field("body").text("The runners were running grp2999999"));
            assertThat(analyzed.tokens()).extracting(t -> t.token())
                    .containsExactly("runner", "were", "run", "grp2999999");  // english: stop words out, stemmed; a group token kept whole
            long groups = SyntheticData.searchGroups(records, rowsPerQuery);
            assertThat(matching(docs, SyntheticData.groupToken(0))).isEqualTo(rowsPerQuery);
            assertThat(matching(docs, SyntheticData.groupToken(groups - 1))).as("the last group").isEqualTo(records - (groups - 1) * rowsPerQuery);
            for (long key = 0; key < 20; key++) {
                String token = SyntheticData.searchToken(key, records, rowsPerQuery);
                SearchResponse<ObjectNode> hits = client().search(docs.search(key), ObjectNode.class);
                List<Double> scores = new ArrayList<>();
                for (Hit<ObjectNode> hit : hits.hits().hits()) {
                    long id = Long.parseLong(hit.id());
                    assertThat(docs.document(id, java.time.Instant.now()).get("body").toString()).startsWith(token + " ");
                    scores.add(hit.score());
                }
                assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
                assertThat(hits.hits().hits()).as("search %d for %s", key, token).hasSize((int) Math.min(10, matching(docs, token)));
            }
            String searched = SyntheticData.searchToken(3, records, rowsPerQuery);
            long member = Long.parseLong(client().search(docs.search(3), ObjectNode.class).hits().hits().get(0).id()), before = matching(docs, searched);
            try (Operation op = binding.prepare(spec)) {
                for (long k = 0; k < 10; k++) assertThat(op.execute(OpKind.WRITE, k)).isEqualTo(Outcome.OK);
                assertThat(op.execute(OpKind.WRITE, member)).isEqualTo(Outcome.OK);
                assertThat(op.execute(OpKind.READ, 3)).isEqualTo(Outcome.OK);
            }
            client().indices().refresh(r -> r.index(docs.name()));
            assertThat(client().count(c -> c.index(docs.name())).count()).as("writes upsert by id").isEqualTo(records);
            assertThat(matching(docs, searched)).as("an upserted document keeps its group").isEqualTo(before);
            binding.cleanup();
        }
        assertThat(benchIndices()).isEmpty();
    }

    /** Documents whose body holds {@code token}. */
    private static long matching(OpenSearchIndex.Documents docs, String token) throws IOException {
        return client().count(c -> c.index(docs.name()).query(q -> q.match(m -> m.field("body").query(FieldValue.of(token))))).count();
    }

    @Test
    void anAggregateSumsOneMerchantsFactsPerCategoryAndATimeSeriesReadBucketsTheLastTenMinutesPerMinute() throws IOException {
        DatasetSpec facts = new DatasetSpec(Shape.AGGREGATE, 2_000, 100);  // 20 merchants of 100 facts
        DatasetSpec points = new DatasetSpec(Shape.TIME_SERIES, 3_600, 20);  // 10 series of 360 points, one each 10 s
        try (OpenSearchBinding binding = OpenSearchBinding.open(local())) {
            binding.load(facts);
            var byCategory = client().search(OpenSearchIndex.of(facts).search(7), ObjectNode.class).aggregations().get("by_category").lterms().buckets().array();
            assertThat(byCategory.stream().mapToLong(LongTermsBucket::docCount).sum()).isEqualTo(100);
            long expected = 0;
            for (long i = 7; i < 2_000; i += 20) if ((SyntheticData.mix(i) & 15) == 3) expected += (SyntheticData.mix(i) >>> 8) & 0xffff;
            LongTermsBucket three = byCategory.stream().filter(b -> b.key().equals("3")).findFirst().orElseThrow();
            assertThat(three.aggregations().get("amount").sum().value()).isEqualTo((double) expected);

            binding.load(points);
            var perMinute = client().search(OpenSearchIndex.of(points).search(4), ObjectNode.class).aggregations().get("per_minute").dateHistogram().buckets().array();
            assertThat(perMinute).hasSizeBetween(10, 11);
            assertThat(perMinute.stream().mapToLong(b -> b.docCount()).sum()).isBetween(59L, 61L);  // the edge depends on the instant
            binding.cleanup();
        }
        assertThat(benchIndices()).isEmpty();
    }

    @Test
    void aReadByIdFindsTheRecordAndAWriteReplacesItsPayload() throws IOException {
        DatasetSpec spec = new DatasetSpec(Shape.POINT_LOOKUP, 500, 1);
        try (OpenSearchBinding binding = OpenSearchBinding.open(local())) {
            binding.load(spec);
            String index = OpenSearchIndex.of(spec).name();
            assertThat(client().get(g -> g.index(index).id("42"), ObjectNode.class).source().get("payload").asText()).isEqualTo(SyntheticData.payload(42, 0));
            try (Operation op = binding.prepare(spec)) {
                assertThat(op.execute(OpKind.READ, 42)).isEqualTo(Outcome.OK);
                assertThat(op.execute(OpKind.WRITE, 42)).isEqualTo(Outcome.OK);
            }
            assertThat(client().get(g -> g.index(index).id("42"), ObjectNode.class).source().get("payload").asText()).isNotEqualTo(SyntheticData.payload(42, 0));
            binding.cleanup();
        }
    }

    @Test
    void aSecondClaimIsRefusedNamingTheHolderAndAReleasedOneLeavesNoIndex() throws IOException {
        Claimant holder = Claimant.current();
        NamespaceClaim first = Engines.driver(OpenSearchDriver.ENGINE).claim(local(), holder);
        try {
            assertThatThrownBy(() -> Engines.driver(OpenSearchDriver.ENGINE).claim(local(), Claimant.current()))
                    .isInstanceOf(NamespaceBusyException.class).hasMessageContaining("another polyglot bench is running against elasticsearch at 127.0.0.1:9200")
                    .hasMessageContaining(holder.describe());
        } finally {
            first.close();
        }
        assertThat(benchIndices()).isEmpty();
        Engines.driver(OpenSearchDriver.ENGINE).claim(local(), Claimant.current()).close();
        assertThat(benchIndices()).isEmpty();
    }

    @Test
    void aClaimIsRenewedWhileItsRunLivesAndItsIndexRemovedOnRelease() throws Exception {
        NamespaceClaim held = OpenSearchClaim.take(local(), Claimant.current(), 3_000);
        try {
            Thread.sleep(4_000);  // past the time to live: only the renewals (every second) keep it
            assertThatThrownBy(() -> OpenSearchClaim.take(local(), Claimant.current(), 3_000)).isInstanceOf(NamespaceBusyException.class);
            assertThat(client().get(g -> g.index(OpenSearchClaim.INDEX).id("bench"), OpenSearchClaim.Holder.class).version()).isGreaterThan(2L);
        } finally {
            held.close();
        }
        assertThat(benchIndices()).isEmpty();
    }

    @Test
    void aClaimLeftByARunThatDiedIsTakenOverOnceItLapses() throws IOException {
        OpenSearchBinding.createIndex(client(), OpenSearchClaim.INDEX, m -> m.dynamic(DynamicMapping.Strict)
                .properties("holder", p -> p.keyword(k -> k)).properties("lapsesAt", p -> p.long_(l -> l)));
        client().index(i -> i.index(OpenSearchClaim.INDEX).id("bench").refresh(Refresh.True)
                .document(new OpenSearchClaim.Holder("0123456789abcdef deadhost/1, since 2026-01-01T00:00:00Z", System.currentTimeMillis() - 1)));
        Engines.driver(OpenSearchDriver.ENGINE).claim(local(), Claimant.current()).close();
        assertThat(benchIndices()).isEmpty();
    }

    @Test
    void theServerVersionComesFromGetRoot() {
        assertThat(Engines.driver(OpenSearchDriver.ENGINE).serverVersion(local())).matches("OpenSearch 2\\.19\\.\\d+");
    }

    @Test
    void anUnreachableServerSaysHowToStartOneWithoutPrintingTheCredentials() {
        Endpoint nowhere = Engines.endpoint(OpenSearchDriver.ENGINE, Optional.of("http://bench:s3cret-pw@127.0.0.1:1"), Map.of());
        assertThatThrownBy(() -> OpenSearchBinding.open(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach elasticsearch at 127.0.0.1:1").hasMessageContaining("scripts/engines.sh up opensearch")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret-pw"));
    }
}
