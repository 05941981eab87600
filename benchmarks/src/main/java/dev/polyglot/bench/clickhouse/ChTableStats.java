package dev.polyglot.bench.clickhouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A ClickHouse table from {@code system.tables}, with the rows and bytes of its active parts from
 * {@code system.parts} (0 for engines without parts, such as Memory).
 */
record ChTableStats(String database, String table, String engine, long rows, long bytes) {
    private static final String QUERY = """
            SELECT t.database, t.name, t.engine, p.rows, p.bytes FROM system.tables AS t
            ANY LEFT JOIN (SELECT database, table AS name, sum(rows) AS rows, sum(bytes_on_disk) AS bytes
                           FROM system.parts WHERE active GROUP BY database, table) AS p USING (database, name)
            WHERE t.database NOT IN ('system') AND t.engine NOT IN ('View', 'MaterializedView') AND t.database = %s
            ORDER BY t.database, t.name""";

    String qualified() { return database + "." + table; }

    /** Every table outside {@code system}, or those of {@code database}. */
    static List<ChTableStats> read(Connection c, Optional<String> database) throws SQLException {
        List<ChTableStats> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(String.format(QUERY, database.isPresent() ? "?" : "t.database"))) {
            if (database.isPresent()) ps.setString(1, database.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) tables.add(new ChTableStats(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
            }
        }
        return tables;
    }
}
