package dev.polyglot.workloads;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine ids that the workloads format names, with their equivalents (mariadb is mysql, valkey is redis,
 * ...). A catalog may know more; this is the floor every catalog must cover.
 */
public final class StandardEngineIds {
    private StandardEngineIds() {}

    /** Canonical id to family, in the order of the format's table. */
    public static final Map<String, String> FAMILIES;
    /** Equivalent spelling to canonical id. */
    public static final Map<String, String> EQUIVALENTS = Map.of(
            "mariadb", "mysql", "valkey", "redis", "opensearch", "elasticsearch",
            "scylladb", "cassandra", "minio", "s3");

    static {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "relational", "postgres", "mysql");
        put(m, "key-value", "redis", "memcached");
        put(m, "search", "elasticsearch");
        put(m, "columnar", "clickhouse", "duckdb", "snowflake", "redshift", "bigquery");
        put(m, "time-series", "timescaledb", "influxdb", "victoriametrics");
        put(m, "vector", "qdrant", "weaviate", "milvus", "pinecone");
        put(m, "graph", "neo4j", "memgraph", "neptune");
        put(m, "wide-column", "cassandra", "hbase");
        put(m, "document", "mongodb", "couchbase");
        put(m, "newsql", "cockroachdb", "tidb", "yugabytedb", "spanner");
        put(m, "lakehouse", "iceberg");
        put(m, "object-store", "s3");
        FAMILIES = java.util.Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, String> m, String family, String... ids) {
        for (String id : ids) m.put(id, family);
    }

    public static Set<String> ids() { return FAMILIES.keySet(); }

    /** The canonical id for a spelling of a standard engine, matched as the format says. */
    public static Optional<String> canonical(String text) {
        String id = Identifiers.normalize(text);
        if (FAMILIES.containsKey(id)) return Optional.of(id);
        return Optional.ofNullable(EQUIVALENTS.get(id));
    }
}
