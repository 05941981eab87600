package dev.polyglot.bench.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A background thread that runs a steady statement mix in a test schema until closed, one round every
 * {@value #ROUND_MS} ms: 8 point lookups, 4 range scans and 1 GROUP BY in {@code schema}, 4 point lookups in
 * {@code other}. Counts what it ran, keyed by the workload name the profile gives each statement.
 */
final class StatementLoad implements AutoCloseable {
    static final long ROUND_MS = 20;

    /** Calls made so far per workload name, and when they were read (System.nanoTime). */
    record Counts(Map<String, Long> calls, long nanos) {
        /** Calls per second per name between {@code before} and these counts. */
        Map<String, Double> ratesSince(Counts before) {
            double seconds = (nanos - before.nanos) / 1e9;
            Map<String, Double> rates = new LinkedHashMap<>();
            calls.forEach((name, n) -> rates.put(name, (n - before.calls.get(name)) / seconds));
            return rates;
        }
    }

    private final Connection connection;
    private final Thread thread;
    private final Map<String, AtomicLong> calls = new LinkedHashMap<>();
    private volatile SQLException failure;

    private StatementLoad(Connection connection, String schema, String other) {
        this.connection = connection;
        for (String name : new String[] {PostgresStatementsProfilerTest.LOOKUP, PostgresStatementsProfilerTest.RANGE,
                PostgresStatementsProfilerTest.GROUP, "other"}) {
            calls.put(name, new AtomicLong());
        }
        this.thread = new Thread(() -> run(schema, other), "statement-load");
    }

    static StatementLoad start(Connection connection, String schema, String other) {
        StatementLoad load = new StatementLoad(connection, schema, other);
        load.thread.start();
        return load;
    }

    Counts counts() {
        Map<String, Long> now = new LinkedHashMap<>();
        calls.forEach((name, n) -> now.put(name, n.get()));
        return new Counts(now, System.nanoTime());
    }

    private void run(String schema, String other) {
        try (PreparedStatement lookup = connection.prepareStatement("SELECT balance FROM " + schema + ".accounts WHERE id = ?");
             PreparedStatement range = connection.prepareStatement(
                     "SELECT id, created_at FROM " + schema + ".orders WHERE customer = ? ORDER BY created_at DESC LIMIT 20");
             PreparedStatement group = connection.prepareStatement("SELECT region, sum(amount) FROM " + schema + ".sales GROUP BY region");
             PreparedStatement outside = connection.prepareStatement("SELECT balance FROM " + other + ".accounts WHERE id = ?")) {
            for (int round = 0; !Thread.currentThread().isInterrupted(); round++) {
                long next = System.nanoTime() + ROUND_MS * 1_000_000;
                for (int i = 0; i < 8; i++) call(lookup, round * 8 + i, 1000, PostgresStatementsProfilerTest.LOOKUP);
                for (int i = 0; i < 4; i++) call(range, round * 4 + i, 50, PostgresStatementsProfilerTest.RANGE);
                call(group, -1, 0, PostgresStatementsProfilerTest.GROUP);
                for (int i = 0; i < 4; i++) call(outside, round * 4 + i, 1000, "other");
                long wait = next - System.nanoTime();
                if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();  // closed: stop
        }
    }

    /** Runs {@code ps} once with parameter {@code i % modulo + 1} (none when modulo is 0) and counts it. */
    private void call(PreparedStatement ps, int i, int modulo, String name) throws SQLException {
        if (modulo > 0) ps.setInt(1, i % modulo + 1);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) { /* drain */ }
        }
        calls.get(name).incrementAndGet();
    }

    /** Stops the thread, closes the connection, and fails if a statement failed. */
    @Override public void close() throws SQLException, InterruptedException {
        thread.interrupt();
        thread.join();
        connection.close();
        if (failure != null) throw failure;
    }
}
