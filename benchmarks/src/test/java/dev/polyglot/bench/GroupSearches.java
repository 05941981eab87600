package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.engine.SqlStatements;
import dev.polyglot.bench.engine.SyntheticData;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a SQL binding's full-text search matches, seen through its own statements on a loaded data set: each search ranks the
 * top 10 of exactly its group's documents, and an upsert keeps the group's count.
 */
public final class GroupSearches {
    private GroupSearches() {}

    /**
     * Runs searches 0 to 19 of {@code shape} over {@code records} documents loaded with {@code rowsPerQuery}: each returns
     * {@code min(10, group size)} documents, all of its group, which {@code count} finds {@code rowsPerQuery} of (the last
     * group the remainder); after an upsert of a document of a searched group the count is the same. {@code countSql}
     * counts the documents holding its one parameter, a token.
     */
    public static void check(Connection c, SqlStatements shape, String countSql, long records, long rowsPerQuery) throws SQLException {
        try (PreparedStatement counting = c.prepareStatement(countSql)) {
            check(c, shape, token -> {
                counting.setString(1, token);
                try (ResultSet rs = counting.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }, records, rowsPerQuery);
        }
    }

    private interface TokenCount { long of(String token) throws SQLException; }

    private static void check(Connection c, SqlStatements shape, TokenCount count, long records, long rowsPerQuery) throws SQLException {
        long groups = SyntheticData.searchGroups(records, rowsPerQuery);
        String last = SyntheticData.groupToken(groups - 1);
        assertThat(count.of(SyntheticData.groupToken(0))).as("documents of the first group").isEqualTo(Math.min(rowsPerQuery, records));
        assertThat(count.of(last)).as("documents of the last group").isEqualTo(records - (groups - 1) * rowsPerQuery);
        for (long key = 0; key < 20; key++) {
            String token = SyntheticData.searchToken(key, records, rowsPerQuery);
            long size = count.of(token);
            List<Long> ids = ids(c, shape, key);
            assertThat(ids).as("search %d for %s", key, token).hasSize((int) Math.min(10, size)).doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(SyntheticData.searchBody(id, id, rowsPerQuery)).startsWith(token + " "));
        }
        String token = SyntheticData.searchToken(3, records, rowsPerQuery);
        long before = count.of(token), member = ids(c, shape, 3).get(0);
        try (PreparedStatement ps = c.prepareStatement(shape.writeSql())) {
            shape.bindWrite(ps, member, 12_345);
            ps.executeUpdate();
        }
        assertThat(count.of(token)).as("an upserted document keeps its group").isEqualTo(before);
    }

    private static List<Long> ids(Connection c, SqlStatements shape, long key) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(shape.readSql())) {
            shape.bindRead(ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
