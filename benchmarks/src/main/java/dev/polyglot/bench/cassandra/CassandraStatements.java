package dev.polyglot.bench.cassandra;

/** The CQL each shape sends, in one place; every statement is prepared once per session. */
final class CassandraStatements {
    private CassandraStatements() {}

    static String insert(CassandraTable t) {
        String q = CassandraBinding.KEYSPACE + "." + t.table();
        return switch (t.table()) {
            case "kv" -> "INSERT INTO " + q + " (k, v) VALUES (?, ?)";
            case "payments" -> "INSERT INTO " + q + " (account_id, created_at, seq, amount_cents, memo) VALUES (?, ?, ?, ?, ?)";
            default -> "INSERT INTO " + q + " (series_id, ts, value) VALUES (?, ?, ?)";
        };
    }

    /** The read: one row by key; one account's latest rows (LIMIT bound); one series' points since a bound instant. */
    static String read(CassandraTable t) {
        String q = CassandraBinding.KEYSPACE + "." + t.table();
        return switch (t.table()) {
            case "kv" -> "SELECT v FROM " + q + " WHERE k = ?";
            case "payments" -> "SELECT created_at, amount_cents, memo FROM " + q + " WHERE account_id = ? LIMIT ?";
            default -> "SELECT ts, value FROM " + q + " WHERE series_id = ? AND ts >= ?";
        };
    }
}
