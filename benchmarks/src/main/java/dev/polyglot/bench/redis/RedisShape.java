package dev.polyglot.bench.redis;

import dev.polyglot.bench.engine.DatasetSpec;

/**
 * How one shape is laid out in Redis under {@value RedisBinding#PREFIX}: point lookups are TTL'd string values
 * ({@code kv:}), range scans and time series are sorted sets scored by time in milliseconds ({@code rs:}, {@code ts:}).
 *
 * @param tag    the key segment after the prefix
 * @param groups keys the records spread over: records for kv, accounts or series for sorted sets
 * @param limit  members a range read returns
 */
record RedisShape(String tag, long groups, long limit) {
    /** Expiry of point-lookup entries in seconds: they are cache entries. */
    static final long TTL_SECONDS = 86_400;

    static RedisShape of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case POINT_LOOKUP -> new RedisShape("kv", spec.records(), 1);
            case RANGE_SCAN -> new RedisShape("rs", Math.max(1, spec.records() / Math.max(50, spec.rowsPerQuery())), spec.rowsPerQuery());
            case TIME_SERIES -> new RedisShape("ts", Math.max(1, spec.records() / 360), spec.rowsPerQuery());
            default -> throw new IllegalArgumentException("redis has no bench for shape " + spec.shape());
        };
    }

    boolean sortedSet() { return !tag.equals("kv"); }

    /** Key prefix of this shape's data, e.g. {@code polyglot:bench:kv:}. */
    String keyPrefix() { return RedisBinding.PREFIX + tag + ":"; }
}
