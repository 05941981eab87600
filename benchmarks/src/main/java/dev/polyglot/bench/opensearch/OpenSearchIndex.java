package dev.polyglot.bench.opensearch;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SyntheticData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch.core.SearchRequest;

/**
 * The index, the documents and the read of one shape on OpenSearch, all under the prefix
 * {@value OpenSearchBinding#PREFIX}. The documents are those of the PostgreSQL binding's tables (same
 * {@link SyntheticData} calls), so one shape at one {@code --records} compares across the two engines. See
 * docs/bench-shapes.md.
 */
sealed interface OpenSearchIndex {
    /** Milliseconds between two points of one series (360 per series over the last hour, as on PostgreSQL). */
    long POINT_STEP_MS = 10_000;

    static OpenSearchIndex of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case FULL_TEXT -> new Documents(spec.records(), spec.rowsPerQuery());
            case POINT_LOOKUP -> new Records();
            case AGGREGATE -> new Facts(Math.max(1, spec.records() / spec.rowsPerQuery()));
            case TIME_SERIES -> new Points(Math.max(1, spec.records() / 360));
            default -> throw new IllegalArgumentException("elasticsearch has no bench for shape " + spec.shape());
        };
    }

    /** The index name, under the bench's prefix. */
    String name();

    /** The field mappings (dynamic mapping off: every field is typed here). */
    TypeMapping mapping();

    /** The id of document {@code i} of the load, or null for an id OpenSearch assigns (appends). */
    String id(long i);

    /** Document {@code i} of the load; {@code now} anchors timestamps. */
    Map<String, Object> document(long i, Instant now);

    /** The document a write with sequence number {@code seq} sends for record {@code key}, at {@code id(key)} when that is not null. */
    Map<String, Object> written(long key, long seq);

    /** The search a read of record {@code key} sends; null for a read by id ({@link Records}). */
    SearchRequest search(long key);

    /**
     * Full-text documents: a 4-word title and a 40-word body holding the document's group token
     * ({@link SyntheticData#searchBody}), analysed with the {@code english} analyzer, scored with BM25.
     */
    record Documents(long records, long rowsPerQuery) implements OpenSearchIndex {
        public String name() { return OpenSearchBinding.PREFIX + "docs"; }
        public TypeMapping mapping() {
            return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("title", p -> p.text(t -> t.analyzer("english")))
                    .properties("body", p -> p.text(t -> t.analyzer("english"))));
        }
        public String id(long i) { return Long.toString(i); }
        public Map<String, Object> document(long i, Instant now) { return doc(i, i); }
        public Map<String, Object> written(long key, long seq) { return doc(key, key + seq); }
        private Map<String, Object> doc(long key, long bodyKey) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", SyntheticData.document(-key - 1, SyntheticData.TITLE_WORDS, new StringBuilder()).toString());
            doc.put("body", SyntheticData.searchBody(key, bodyKey, rowsPerQuery));
            return doc;
        }
        /**
         * The group token PostgreSQL's {@code plainto_tsquery} looks for (every word must match), over title and body as
         * one field ({@code cross_fields}, as the tsvector concatenates them), top 10 of its {@code rowsPerQuery} matches by
         * BM25, titles only; no total count (PostgreSQL's LIMIT 10 counts nothing either).
         */
        public SearchRequest search(long key) {
            return SearchRequest.of(s -> s.index(name()).size(10).timeout(OpenSearchBinding.SEARCH_TIMEOUT).trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.filter(f -> f.includes("title")))
                    .query(q -> q.multiMatch(mm -> mm.query(SyntheticData.searchToken(key, records, rowsPerQuery)).fields("title", "body")
                            .type(TextQueryType.CrossFields).operator(Operator.And))));
        }
    }

    /** Records by id with 200-byte payloads that are stored, not indexed: a read is a GET by {@code _id}. */
    record Records() implements OpenSearchIndex {
        public String name() { return OpenSearchBinding.PREFIX + "kv"; }
        public TypeMapping mapping() {
            return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("payload", p -> p.keyword(k -> k.index(false).docValues(false))));
        }
        public String id(long i) { return Long.toString(i); }
        public Map<String, Object> document(long i, Instant now) { return Map.of("payload", SyntheticData.payload(i, 0)); }
        public Map<String, Object> written(long key, long seq) { return Map.of("payload", SyntheticData.payload(key, (int) (seq & 3) + 1)); }
        public SearchRequest search(long key) { return null; }
    }

    /** Sales facts, about {@code rows_per_query} per merchant; a read sums one merchant's amounts per category (a terms aggregation). */
    record Facts(long merchants) implements OpenSearchIndex {
        public String name() { return OpenSearchBinding.PREFIX + "facts"; }
        public TypeMapping mapping() {
            return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("merchant_id", p -> p.long_(l -> l)).properties("category", p -> p.short_(s -> s))
                    .properties("amount_cents", p -> p.long_(l -> l)).properties("created_at", p -> p.date(d -> d)));
        }
        public String id(long i) { return null; }
        public Map<String, Object> document(long i, Instant now) {
            long h = SyntheticData.mix(i);
            return fact(i % merchants, h & 15, (h >>> 8) & 0xffff, now.minusSeconds(i % 2_592_000));
        }
        public Map<String, Object> written(long key, long seq) { return fact(key % merchants, seq & 15, seq & 0xffff, Instant.now()); }
        private static Map<String, Object> fact(long merchant, long category, long amount, Instant at) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("merchant_id", merchant);
            doc.put("category", category);
            doc.put("amount_cents", amount);
            doc.put("created_at", at.toEpochMilli());
            return doc;
        }
        public SearchRequest search(long key) {
            return SearchRequest.of(s -> s.index(name()).size(0).timeout(OpenSearchBinding.SEARCH_TIMEOUT).requestCache(false)
                    .query(q -> q.term(t -> t.field("merchant_id").value(v -> v.longValue(key % merchants))))
                    .aggregations("by_category", a -> a.terms(t -> t.field("category").size(16))
                            .aggregations("amount", sum -> sum.sum(f -> f.field("amount_cents")))));
        }
    }

    /** Metric points, 360 per series over the last hour; a read buckets one series' last 10 minutes per minute (a date_histogram with avg and max). */
    record Points(long series) implements OpenSearchIndex {
        public String name() { return OpenSearchBinding.PREFIX + "points"; }
        public TypeMapping mapping() {
            return TypeMapping.of(m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("series_id", p -> p.long_(l -> l)).properties("ts", p -> p.date(d -> d)).properties("value", p -> p.double_(d -> d)));
        }
        public String id(long i) { return null; }
        public Map<String, Object> document(long i, Instant now) {
            return point(i % series, now.toEpochMilli() - (i / series) * POINT_STEP_MS, (SyntheticData.mix(i) & 0xffff) / 100.0);
        }
        public Map<String, Object> written(long key, long seq) { return point(key % series, System.currentTimeMillis(), (seq & 0xffff) / 100.0); }
        private static Map<String, Object> point(long seriesId, long ts, double value) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("series_id", seriesId);
            doc.put("ts", ts);
            doc.put("value", value);
            return doc;
        }
        public SearchRequest search(long key) {
            return SearchRequest.of(s -> s.index(name()).size(0).timeout(OpenSearchBinding.SEARCH_TIMEOUT).requestCache(false)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("series_id").value(v -> v.longValue(key % series))))
                            .filter(f -> f.range(r -> r.field("ts").gte(JsonData.of("now-10m"))))))
                    .aggregations("per_minute", a -> a.dateHistogram(d -> d.field("ts").fixedInterval(t -> t.time("1m")))
                            .aggregations("avg", x -> x.avg(f -> f.field("value"))).aggregations("max", x -> x.max(f -> f.field("value")))));
        }
    }
}
