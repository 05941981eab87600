package dev.polyglot.workloads;

import static dev.polyglot.workloads.Key.Scope.CONSTRAINTS;
import static dev.polyglot.workloads.Key.Scope.TOP_LEVEL;
import static dev.polyglot.workloads.Key.Scope.WORKLOAD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every key of format version 1, its aliases, types, defaults and meaning: the single source of truth for the
 * reader, the error messages and the JSON Schema. Order is the order of the format's tables.
 */
public final class KeyTable {
    private static final List<Key> KEYS = new ArrayList<>();

    static {
        key(TOP_LEVEL, "version", ValueKind.VERSION, true, "Format version; must be 1.", null);
        key(TOP_LEVEL, "system", ValueKind.TEXT, false, "Name of the system, used in reports.", null);
        key(TOP_LEVEL, "constraints", ValueKind.CONSTRAINTS, false, "Limits on the portfolio of engines.", null);
        key(TOP_LEVEL, "workloads", ValueKind.WORKLOADS, true, "The workloads the system must serve; at least one.", null);

        key(CONSTRAINTS, "max_engines", ValueKind.POSITIVE_INTEGER, false,
                "At most this many distinct engines; workloads that cannot be served inside the limit are reported as unserved.", "no limit");
        key(CONSTRAINTS, "prefer", ValueKind.ENGINE_IDS, false, "Incumbent engines, chosen over an equally good alternative.", "[]");
        key(CONSTRAINTS, "exclude", ValueKind.ENGINE_IDS, false, "Engines that must never be proposed.", "[]");
        key(CONSTRAINTS, "deployment", ValueKind.DEPLOYMENT, false,
                "Where engines may run; self-hosted rules out managed-only services (Spanner, DynamoDB, Pinecone, Snowflake, Redshift, BigQuery).", "any");

        key(WORKLOAD, "name", ValueKind.TEXT, true, "Name of the workload, unique in the file.", null);
        key(WORKLOAD, "shape", ValueKind.SHAPE, true, "The access shape: what one operation does.", null);
        key(WORKLOAD, "ops_per_sec", ValueKind.POSITIVE_AMOUNT, true, "Peak steady-state operations per second: 800, 0.5, 200k, 30M.", null);
        key(WORKLOAD, "p99_ms", ValueKind.POSITIVE_NUMBER, true, "p99 latency budget in milliseconds.", null);
        alias(WORKLOAD, "p99_latency_ms", "p99_ms", ValueKind.POSITIVE_NUMBER, "Alias of p99_ms: p99 latency budget in milliseconds.");
        alias(WORKLOAD, "p99", "p99_ms", ValueKind.DURATION, "Alias of p99_ms: p99 latency budget as a duration, e.g. \"50ms\" or \"5s\".");
        key(WORKLOAD, "read_ratio", ValueKind.FRACTION, false, "Share of operations that read, 0..1.", "by shape");
        alias(WORKLOAD, "read_write", "read_ratio", ValueKind.READ_WRITE, "Alias of read_ratio as a read:write split, e.g. \"90:10\".");
        key(WORKLOAD, "working_set", ValueKind.SIZE, false,
                "Hot data the workload touches: 512MB, 2GB, 50TB (KB..PB are powers of 1000, KiB..PiB powers of 1024).", null);
        key(WORKLOAD, "records", ValueKind.COUNT, false, "Rows, documents, vectors or nodes in the data set: 30M, 1.5B, 200k.", null);
        key(WORKLOAD, "rows_per_query", ValueKind.POSITIVE_COUNT, false, "Rows one operation reads (range scans, aggregates; the matches a full-text search ranks).", null);
        key(WORKLOAD, "consistency", ValueKind.CONSISTENCY, false, "The weakest read guarantee the workload accepts.", "strong");
        key(WORKLOAD, "staleness", ValueKind.DURATION, false,
                "How stale a read may be (30s, 5m, 24h); required with bounded-staleness, and implies it when consistency is not given.", null);
        key(WORKLOAD, "durability", ValueKind.DURABILITY, false, "ephemeral: the data may be lost on restart (caches, sessions).", "durable");
        key(WORKLOAD, "growth", ValueKind.RATE, false, "How fast the load grows: 20%/month, 2x/year, 10%/week.", null);
        key(WORKLOAD, "dimensions", ValueKind.POSITIVE_INTEGER, false, "Vector length; required for vector-knn.", null);
        key(WORKLOAD, "recall", ValueKind.FRACTION, false, "Required recall@k for vector-knn, 0..1.", "0.95");
        key(WORKLOAD, "hops", ValueKind.POSITIVE_INTEGER, false, "Traversal depth for graph-traversal, 1 or more.", "2");
        key(WORKLOAD, "notes", ValueKind.TEXT, false, "Free text, carried into reports.", null);
    }

    private KeyTable() {}

    private static void key(Key.Scope scope, String name, ValueKind kind, boolean required, String description, String defaultText) {
        KEYS.add(new Key(scope, name, name, kind, required, description, Optional.ofNullable(defaultText)));
    }

    private static void alias(Key.Scope scope, String name, String field, ValueKind kind, String description) {
        boolean required = find(scope, field).map(Key::required).orElseThrow();
        KEYS.add(new Key(scope, name, field, kind, required, description, Optional.empty()));
    }

    /** Every key, aliases included, in the order of the format. */
    public static List<Key> all() { return List.copyOf(KEYS); }

    public static List<Key> in(Key.Scope scope) { return KEYS.stream().filter(k -> k.scope() == scope).toList(); }

    public static Optional<Key> find(Key.Scope scope, String name) {
        return KEYS.stream().filter(k -> k.scope() == scope && k.name().equals(name)).findFirst();
    }

    /** The key itself and its aliases, canonical first: {@code p99_ms, p99_latency_ms, p99}. */
    public static List<Key> spellings(Key.Scope scope, String field) {
        return KEYS.stream().filter(k -> k.scope() == scope && k.field().equals(field)).toList();
    }

    /** The names of all keys of a scope, for suggestions and messages. */
    public static List<String> names(Key.Scope scope) { return in(scope).stream().map(Key::name).toList(); }
}
