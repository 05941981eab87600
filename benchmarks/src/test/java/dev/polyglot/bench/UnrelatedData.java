package dev.polyglot.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;

/**
 * Data that is not the bench's, placed in each engine before a run (another Postgres schema and a table in
 * public, other Redis keys of several types, another ClickHouse database), and a fingerprint of its exact bytes.
 */
final class UnrelatedData {
    private UnrelatedData() {}

    static final String PG_SCHEMA = "polyglot_unrelated";
    static final String REDIS_PREFIX = "unrelated:";
    static final String CH_DATABASE = "polyglot_unrelated";

    static void fill() throws Exception {
        try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + PG_SCHEMA);
            st.execute("CREATE TABLE " + PG_SCHEMA + ".kv (id bigint PRIMARY KEY, payload text)");
            st.execute("INSERT INTO " + PG_SCHEMA + ".kv SELECT g, md5(g::text) FROM generate_series(1, 500) g");
            st.execute("DROP TABLE IF EXISTS public.polyglot_unrelated_kv");
            st.execute("CREATE TABLE public.polyglot_unrelated_kv (id bigint PRIMARY KEY, payload text)");
            st.execute("INSERT INTO public.polyglot_unrelated_kv SELECT g, 'row ' || g FROM generate_series(1, 100) g");
        }
        try (Jedis jedis = LocalEngines.redis()) {
            for (int i = 0; i < 200; i++) jedis.set(REDIS_PREFIX + "kv:" + i, "value " + i);
            jedis.hset(REDIS_PREFIX + "hash", Map.of("a", "1", "b", "2"));
            jedis.zadd(REDIS_PREFIX + "zset", 1, "one");
            jedis.zadd(REDIS_PREFIX + "zset", 2, "two");
            jedis.rpush(REDIS_PREFIX + "list", "x", "y", "z");
            // A key that merely looks like the bench's prefix without being under it.
            jedis.set("polyglot:benchmark-notes", "not the bench's");
        }
        LocalEngines.clickhouse("DROP DATABASE IF EXISTS " + CH_DATABASE);
        LocalEngines.clickhouse("CREATE DATABASE " + CH_DATABASE);
        LocalEngines.clickhouse("CREATE TABLE " + CH_DATABASE + ".events (id UInt64, name String) ENGINE = MergeTree() ORDER BY id");
        LocalEngines.clickhouse("INSERT INTO " + CH_DATABASE + ".events SELECT number, toString(number * 7) FROM system.numbers LIMIT 1000");
    }

    /** Every byte of the unrelated data, per engine. */
    static Map<String, String> fingerprint() throws Exception {
        String pg;
        try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT string_agg(k::text, '|' ORDER BY id) FROM " + PG_SCHEMA + ".kv k) || '#' || "
                     + "(SELECT string_agg(p::text, '|' ORDER BY id) FROM public.polyglot_unrelated_kv p)")) {
            rs.next();
            pg = sha(rs.getString(1));
        }
        List<String> dumps = new ArrayList<>();
        try (Jedis jedis = LocalEngines.redis()) {
            for (int i = 0; i < 200; i++) dumps.add(HexFormat.of().formatHex(jedis.dump(REDIS_PREFIX + "kv:" + i)));
            for (String k : List.of(REDIS_PREFIX + "hash", REDIS_PREFIX + "zset", REDIS_PREFIX + "list", "polyglot:benchmark-notes")) {
                byte[] dump = jedis.dump(k);
                dumps.add(dump == null ? "missing" : HexFormat.of().formatHex(dump));
            }
        }
        String ch = LocalEngines.clickhouse("SELECT id, name FROM " + CH_DATABASE + ".events ORDER BY id FORMAT TSV");
        return Map.of("postgres", pg, "redis", sha(String.join(",", dumps)), "clickhouse", sha(ch));
    }

    static void remove() throws Exception {
        try (Connection c = LocalEngines.postgres(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            st.execute("DROP TABLE IF EXISTS public.polyglot_unrelated_kv");
        }
        try (Jedis jedis = LocalEngines.redis()) {
            for (int i = 0; i < 200; i++) jedis.del(REDIS_PREFIX + "kv:" + i);
            jedis.del(REDIS_PREFIX + "hash", REDIS_PREFIX + "zset", REDIS_PREFIX + "list", "polyglot:benchmark-notes");
        }
        LocalEngines.clickhouse("DROP DATABASE IF EXISTS " + CH_DATABASE);
    }

    private static String sha(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
