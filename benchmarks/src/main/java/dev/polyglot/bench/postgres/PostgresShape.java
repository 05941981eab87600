package dev.polyglot.bench.postgres;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SocialGraph;
import dev.polyglot.bench.engine.SqlStatements;
import dev.polyglot.bench.engine.SyntheticData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The table, the load and the two statements of one shape on PostgreSQL, all inside schema
 * {@value PostgresBinding#SCHEMA}. See docs/bench-shapes.md.
 */
sealed interface PostgresShape extends SqlStatements {
    String S = PostgresBinding.SCHEMA + ".";

    static PostgresShape of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case POINT_LOOKUP -> new PointLookup();
            case RANGE_SCAN -> new RangeScan(Math.max(1, spec.records() / Math.max(50, spec.rowsPerQuery())), spec.rowsPerQuery());
            case FULL_TEXT -> new FullText(spec.records(), spec.rowsPerQuery());
            case AGGREGATE -> new Aggregate(Math.max(1, spec.records() / spec.rowsPerQuery()));
            case TIME_SERIES -> new TimeSeries(Math.max(1, spec.records() / 360));
            case GRAPH_TRAVERSAL -> new GraphWalk(spec.records(), spec.hops());
            default -> throw new IllegalArgumentException("postgres has no bench for shape " + spec.shape());
        };
    }

    /** Table name without schema. */
    String table();
    /** CREATE TABLE of the shape's table. */
    String createTable();
    /** Indexes built after the load (faster than maintaining them row by row). */
    List<String> indexes();
    /** Column list of the COPY. */
    String copyColumns();
    /** Rows the load writes for a data set of {@code records}: one per record unless the shape says otherwise. */
    default long rows(long records) { return records; }
    /** Appends row {@code i} as one CSV line (with newline); {@code now} anchors timestamps. */
    void csvRow(long i, Instant now, StringBuilder out);

    /** Account rows by id: read by primary key, update the payload by primary key. */
    record PointLookup() implements PostgresShape {
        public String table() { return "kv"; }
        public String createTable() { return "CREATE TABLE " + S + "kv (id bigint PRIMARY KEY, payload text NOT NULL)"; }
        public List<String> indexes() { return List.of(); }
        public String copyColumns() { return "id, payload"; }
        public void csvRow(long i, Instant now, StringBuilder out) { out.append(i).append(',').append(SyntheticData.payload(i, 0)).append('\n'); }
        public String readSql() { return "SELECT payload FROM " + S + "kv WHERE id = ?"; }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key); }
        public String writeSql() { return "UPDATE " + S + "kv SET payload = ? WHERE id = ?"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setString(1, SyntheticData.payload(key, (int) (seq & 3) + 1));
            ps.setLong(2, key);
        }
    }

    /** Payments of an account: the last N by time over index (account_id, created_at); writes append a payment. */
    record RangeScan(long accounts, long limit) implements PostgresShape {
        public String table() { return "payments"; }
        public String createTable() {
            return "CREATE TABLE " + S + "payments (account_id bigint NOT NULL, created_at timestamptz NOT NULL, "
                    + "amount_cents bigint NOT NULL, memo text NOT NULL)";
        }
        public List<String> indexes() { return List.of("CREATE INDEX payments_account_time ON " + S + "payments (account_id, created_at)"); }
        public String copyColumns() { return "account_id, created_at, amount_cents, memo"; }
        public void csvRow(long i, Instant now, StringBuilder out) {
            out.append(i % accounts).append(',').append(now.minusSeconds(i % 86_400)).append(',')
                    .append(SyntheticData.mix(i) & 0xfffff).append(",payment ").append(i).append('\n');
        }
        public String readSql() {
            return "SELECT created_at, amount_cents, memo FROM " + S + "payments WHERE account_id = ? ORDER BY created_at DESC LIMIT " + limit;
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % accounts); }
        public String writeSql() { return "INSERT INTO " + S + "payments (account_id, created_at, amount_cents, memo) VALUES (?, now(), ?, 'bench payment')"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % accounts);
            ps.setLong(2, seq & 0xfffff);
        }
    }

    /**
     * Documents with a stored tsvector and a GIN index, each body holding its group's token
     * ({@link SyntheticData#searchBody}); a read is a ranked plainto_tsquery search for one group's token, top 10 of its
     * {@code rowsPerQuery} matches.
     */
    record FullText(long records, long rowsPerQuery) implements PostgresShape {
        public String table() { return "docs"; }
        public String createTable() {
            return "CREATE TABLE " + S + "docs (id bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL, "
                    + "tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED)";
        }
        public List<String> indexes() { return List.of("CREATE INDEX docs_tsv ON " + S + "docs USING gin (tsv)"); }
        public String copyColumns() { return "id, title, body"; }
        public void csvRow(long i, Instant now, StringBuilder out) {
            out.append(i).append(',');
            SyntheticData.document(-i - 1, SyntheticData.TITLE_WORDS, out).append(',');
            out.append(SyntheticData.searchBody(i, i, rowsPerQuery)).append('\n');
        }
        public String readSql() {
            return "SELECT id, title, ts_rank(tsv, q) AS rank FROM " + S + "docs, plainto_tsquery('english', ?) q "
                    + "WHERE tsv @@ q ORDER BY rank DESC LIMIT 10";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setString(1, SyntheticData.searchToken(key, records, rowsPerQuery)); }
        public String writeSql() { return "INSERT INTO " + S + "docs (id, title, body) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key);
            ps.setString(2, SyntheticData.document(-key - 1, SyntheticData.TITLE_WORDS, new StringBuilder()).toString());
            ps.setString(3, SyntheticData.searchBody(key, key + seq, rowsPerQuery));
        }
    }

    /** A fact table of sales; a read groups one merchant's rows (about rows_per_query) by category. */
    record Aggregate(long merchants) implements PostgresShape {
        public String table() { return "facts"; }
        public String createTable() {
            return "CREATE TABLE " + S + "facts (merchant_id bigint NOT NULL, category smallint NOT NULL, "
                    + "amount_cents bigint NOT NULL, created_at timestamptz NOT NULL)";
        }
        public List<String> indexes() { return List.of("CREATE INDEX facts_merchant ON " + S + "facts (merchant_id)"); }
        public String copyColumns() { return "merchant_id, category, amount_cents, created_at"; }
        public void csvRow(long i, Instant now, StringBuilder out) {
            long h = SyntheticData.mix(i);
            out.append(i % merchants).append(',').append(h & 15).append(',').append((h >>> 8) & 0xffff).append(',')
                    .append(now.minusSeconds(i % 2_592_000)).append('\n');
        }
        public String readSql() {
            return "SELECT category, count(*), sum(amount_cents) FROM " + S + "facts WHERE merchant_id = ? GROUP BY category ORDER BY category";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % merchants); }
        public String writeSql() { return "INSERT INTO " + S + "facts (merchant_id, category, amount_cents, created_at) VALUES (?, ?, ?, now())"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % merchants);
            ps.setInt(2, (int) (seq & 15));
            ps.setLong(3, seq & 0xffff);
        }
    }

    /** Metric points per series over the last hour; writes append now, reads roll up the last 10 minutes by minute. */
    record TimeSeries(long series) implements PostgresShape {
        public String table() { return "points"; }
        public String createTable() {
            return "CREATE TABLE " + S + "points (series_id bigint NOT NULL, ts timestamptz NOT NULL, value double precision NOT NULL)";
        }
        public List<String> indexes() { return List.of("CREATE INDEX points_series_time ON " + S + "points (series_id, ts)"); }
        public String copyColumns() { return "series_id, ts, value"; }
        public void csvRow(long i, Instant now, StringBuilder out) {
            long perSeries = i / series;
            out.append(i % series).append(',').append(now.minusMillis(perSeries * 10_000)).append(',')
                    .append((SyntheticData.mix(i) & 0xffff) / 100.0).append('\n');
        }
        public String readSql() {
            return "SELECT date_trunc('minute', ts) AS minute, avg(value), max(value), count(*) FROM " + S + "points "
                    + "WHERE series_id = ? AND ts >= ? GROUP BY minute ORDER BY minute";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException {
            ps.setLong(1, key % series);
            ps.setTimestamp(2, new Timestamp(System.currentTimeMillis() - 600_000));
        }
        public String writeSql() { return "INSERT INTO " + S + "points (series_id, ts, value) VALUES (?, now(), ?)"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % series);
            ps.setDouble(2, (seq & 0xffff) / 100.0);
        }
    }

    /**
     * The synthetic social graph of {@link SocialGraph} ({@code records} people) as an edge table {@code follows (src, dst)} with its primary key;
     * a read walks {@code hops} from one person with {@code WITH RECURSIVE} and counts the distinct people reached;
     * a write adds a follow.
     */
    record GraphWalk(long people, int hops) implements PostgresShape {
        public String table() { return "follows"; }
        public String createTable() { return "CREATE TABLE " + S + "follows (src bigint NOT NULL, dst bigint NOT NULL)"; }
        public List<String> indexes() { return List.of("ALTER TABLE " + S + "follows ADD PRIMARY KEY (src, dst)"); }
        public long rows(long records) { return SocialGraph.edges(people); }
        public String copyColumns() { return "src, dst"; }
        public void csvRow(long i, Instant now, StringBuilder out) {
            out.append(SocialGraph.source(i, people)).append(',').append(SocialGraph.target(i, people)).append('\n');
        }
        public String readSql() {
            return "WITH RECURSIVE walk (person, depth) AS (SELECT ?::bigint, 0 UNION "
                    + "SELECT f.dst, w.depth + 1 FROM walk w JOIN " + S + "follows f ON f.src = w.person WHERE w.depth < " + hops + ") "
                    + "SELECT count(DISTINCT person) - 1 FROM walk";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % people); }
        public String writeSql() { return "INSERT INTO " + S + "follows (src, dst) VALUES (?, ?) ON CONFLICT DO NOTHING"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % people);
            ps.setLong(2, SocialGraph.someoneElse(key % people, seq, people));
        }
    }
}
