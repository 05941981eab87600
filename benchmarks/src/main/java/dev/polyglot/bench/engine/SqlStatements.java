package dev.polyglot.bench.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The read and the write of one shape on a SQL engine, as prepared statements and how to bind them. */
public interface SqlStatements {
    String readSql();

    /** Binds the read of record {@code key}. */
    void bindRead(PreparedStatement ps, long key) throws SQLException;

    String writeSql();

    /** Binds the write of record {@code key}; {@code seq} is unique per worker and write, for rows a write appends. */
    void bindWrite(PreparedStatement ps, long key, long seq) throws SQLException;
}
