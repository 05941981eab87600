package dev.polyglot.bench.mysql;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.SqlStatements;
import dev.polyglot.bench.engine.SyntheticData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

/**
 * The InnoDB table, the load and the two statements of one shape on MySQL/MariaDB, all inside database
 * {@value MysqlBinding#DATABASE}: the rows of the PostgreSQL binding's data sets, so the two can be compared. See
 * docs/bench-shapes.md.
 */
sealed interface MysqlShape extends SqlStatements {
    String D = MysqlBinding.DATABASE + ".";

    static MysqlShape of(DatasetSpec spec) {
        return switch (spec.shape()) {
            case POINT_LOOKUP -> new PointLookup();
            case RANGE_SCAN -> new RangeScan(Math.max(1, spec.records() / 50), spec.rowsPerQuery());
            case FULL_TEXT -> new FullText(spec.records(), spec.rowsPerQuery());
            case AGGREGATE -> new Aggregate(Math.max(1, spec.records() / spec.rowsPerQuery()));
            default -> throw new IllegalArgumentException("mysql has no bench for shape " + spec.shape());
        };
    }

    /** Table name without database. */
    String table();
    /** CREATE TABLE of the shape's table, with its primary key. */
    String createTable();
    /** Secondary indexes built after the load (faster than maintaining them row by row). */
    List<String> indexes();
    /** The INSERT one loaded row goes through (batched). */
    String insertSql();
    /** Binds loaded row {@code i}; {@code nowMs} anchors timestamps (epoch milliseconds). */
    void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException;

    /** Account rows by id: read by primary key, update the payload by primary key. */
    record PointLookup() implements MysqlShape {
        public String table() { return "kv"; }
        public String createTable() { return "CREATE TABLE " + D + "kv (id BIGINT PRIMARY KEY, payload VARCHAR(255) NOT NULL) ENGINE=InnoDB"; }
        public List<String> indexes() { return List.of(); }
        public String insertSql() { return "INSERT INTO " + D + "kv (id, payload) VALUES (?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            ps.setLong(1, i);
            ps.setString(2, SyntheticData.payload(i, 0));
        }
        public String readSql() { return "SELECT payload FROM " + D + "kv WHERE id = ?"; }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key); }
        public String writeSql() { return "UPDATE " + D + "kv SET payload = ? WHERE id = ?"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setString(1, SyntheticData.payload(key, (int) (seq & 3) + 1));
            ps.setLong(2, key);
        }
    }

    /** Payments of an account: the last N by time over index (account_id, created_at); writes append a payment. */
    record RangeScan(long accounts, long limit) implements MysqlShape {
        public String table() { return "payments"; }
        public String createTable() {
            return "CREATE TABLE " + D + "payments (id BIGINT AUTO_INCREMENT PRIMARY KEY, account_id BIGINT NOT NULL, "
                    + "created_at DATETIME(6) NOT NULL, amount_cents BIGINT NOT NULL, memo VARCHAR(64) NOT NULL) ENGINE=InnoDB";
        }
        public List<String> indexes() { return List.of("CREATE INDEX payments_account_time ON " + D + "payments (account_id, created_at)"); }
        public String insertSql() { return "INSERT INTO " + D + "payments (account_id, created_at, amount_cents, memo) VALUES (?, ?, ?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            ps.setLong(1, i % accounts);
            ps.setTimestamp(2, new Timestamp(nowMs - (i % 86_400) * 1000));
            ps.setLong(3, SyntheticData.mix(i) & 0xfffff);
            ps.setString(4, "payment " + i);
        }
        public String readSql() {
            return "SELECT created_at, amount_cents, memo FROM " + D + "payments WHERE account_id = ? ORDER BY created_at DESC LIMIT " + limit;
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % accounts); }
        public String writeSql() { return "INSERT INTO " + D + "payments (account_id, created_at, amount_cents, memo) VALUES (?, NOW(6), ?, 'bench payment')"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % accounts);
            ps.setLong(2, seq & 0xfffff);
        }
    }

    /**
     * Documents with an InnoDB FULLTEXT index on (title, body), each body holding its group's token
     * ({@link SyntheticData#searchBody}); a read is a natural-language MATCH of one group's token ranked by relevance, top 10
     * of its {@code rowsPerQuery} matches.
     */
    record FullText(long records, long rowsPerQuery) implements MysqlShape {
        public String table() { return "docs"; }
        public String createTable() { return "CREATE TABLE " + D + "docs (id BIGINT PRIMARY KEY, title VARCHAR(255) NOT NULL, body TEXT NOT NULL) ENGINE=InnoDB"; }
        public List<String> indexes() { return List.of("CREATE FULLTEXT INDEX docs_text ON " + D + "docs (title, body)"); }
        public String insertSql() { return "INSERT INTO " + D + "docs (id, title, body) VALUES (?, ?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            ps.setLong(1, i);
            ps.setString(2, SyntheticData.document(-i - 1, SyntheticData.TITLE_WORDS, new StringBuilder()).toString());
            ps.setString(3, SyntheticData.searchBody(i, i, rowsPerQuery));
        }
        public String readSql() {
            return "SELECT id, title, MATCH (title, body) AGAINST (? IN NATURAL LANGUAGE MODE) AS score FROM " + D + "docs "
                    + "WHERE MATCH (title, body) AGAINST (? IN NATURAL LANGUAGE MODE) ORDER BY score DESC LIMIT 10";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException {
            String q = SyntheticData.searchToken(key, records, rowsPerQuery);
            ps.setString(1, q);
            ps.setString(2, q);
        }
        public String writeSql() { return "INSERT INTO " + D + "docs (id, title, body) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE body = VALUES(body)"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key);
            ps.setString(2, SyntheticData.document(-key - 1, SyntheticData.TITLE_WORDS, new StringBuilder()).toString());
            ps.setString(3, SyntheticData.searchBody(key, key + seq, rowsPerQuery));
        }
    }

    /** A fact table of sales; a read groups one merchant's rows (about rows_per_query) by category. */
    record Aggregate(long merchants) implements MysqlShape {
        public String table() { return "facts"; }
        public String createTable() {
            return "CREATE TABLE " + D + "facts (id BIGINT AUTO_INCREMENT PRIMARY KEY, merchant_id BIGINT NOT NULL, category SMALLINT NOT NULL, "
                    + "amount_cents BIGINT NOT NULL, created_at DATETIME(6) NOT NULL) ENGINE=InnoDB";
        }
        public List<String> indexes() { return List.of("CREATE INDEX facts_merchant ON " + D + "facts (merchant_id)"); }
        public String insertSql() { return "INSERT INTO " + D + "facts (merchant_id, category, amount_cents, created_at) VALUES (?, ?, ?, ?)"; }
        public void bindRow(PreparedStatement ps, long i, long nowMs) throws SQLException {
            long h = SyntheticData.mix(i);
            ps.setLong(1, i % merchants);
            ps.setInt(2, (int) (h & 15));
            ps.setLong(3, (h >>> 8) & 0xffff);
            ps.setTimestamp(4, new Timestamp(nowMs - (i % 2_592_000) * 1000));
        }
        public String readSql() {
            return "SELECT category, COUNT(*), SUM(amount_cents) FROM " + D + "facts WHERE merchant_id = ? GROUP BY category ORDER BY category";
        }
        public void bindRead(PreparedStatement ps, long key) throws SQLException { ps.setLong(1, key % merchants); }
        public String writeSql() { return "INSERT INTO " + D + "facts (merchant_id, category, amount_cents, created_at) VALUES (?, ?, ?, NOW(6))"; }
        public void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException {
            ps.setLong(1, key % merchants);
            ps.setInt(2, (int) (seq & 15));
            ps.setLong(3, seq & 0xffff);
        }
    }
}
