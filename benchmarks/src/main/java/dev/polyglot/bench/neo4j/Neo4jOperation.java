package dev.polyglot.bench.neo4j;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.engine.SocialGraph;
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.workloads.Shape;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * One worker's statements on its own session of the binding's driver: a graph read walks {@code hops} follows from one
 * person and counts the people reached, a graph write adds a follow; a point read returns one record's payload, a point
 * write replaces it. Each call is bounded on the server (transaction timeout) and on the client (the worker waits
 * {@link Neo4jBinding#REQUEST_TIMEOUT} plus a second at most, then counts a timeout and starts a fresh session, since
 * the old one may still be busy with the abandoned call).
 */
final class Neo4jOperation implements Operation {
    private static final long CLIENT_WAIT_MS = Neo4jBinding.REQUEST_TIMEOUT.toMillis() + 1_000;
    private static final TransactionConfig TX = TransactionConfig.builder().withTimeout(Neo4jBinding.REQUEST_TIMEOUT).build();

    private final Driver driver;
    private final SessionConfig config;
    private final boolean graph;
    private final long records;
    private final String read;
    private final String write;
    private AsyncSession session;
    private long writes;

    Neo4jOperation(Driver driver, Endpoint endpoint, DatasetSpec spec) {
        this.driver = driver;
        this.config = endpoint.database().map(SessionConfig::forDatabase).orElse(SessionConfig.defaultConfig());
        this.graph = spec.shape() == Shape.GRAPH_TRAVERSAL;
        this.records = spec.records();
        this.read = graph ? Neo4jStatements.walk(spec.hops()) : Neo4jStatements.READ_RECORD;
        this.write = graph ? Neo4jStatements.FOLLOW : Neo4jStatements.WRITE_RECORD;
        this.session = driver.session(AsyncSession.class, config);
    }

    @Override public Outcome execute(OpKind kind, long key) {
        long k = key % records;
        Map<String, Object> params = kind == OpKind.READ ? Map.of("id", k)
                : graph ? Map.of("src", k, "dst", SocialGraph.someoneElse(k, writes++, records))
                : Map.of("id", k, "payload", SyntheticData.payload(k, (int) (writes++ & 3) + 1));
        try {
            session.runAsync(kind == OpKind.READ ? read : write, params, TX).thenCompose(ResultCursor::listAsync)
                    .toCompletableFuture().get(CLIENT_WAIT_MS, TimeUnit.MILLISECONDS);
            return Outcome.OK;
        } catch (TimeoutException e) {
            renewSession();
            return Outcome.TIMEOUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            renewSession();
            return Outcome.TIMEOUT;
        } catch (ExecutionException | CompletionException e) {
            return outcomeOf(e.getCause());
        }
    }

    /** What a failed call came to: a transaction the server timed out, a lost connection, or any other server error. */
    static Outcome outcomeOf(Throwable cause) {
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) return Outcome.CONNECTION_LOST;
        if (cause instanceof Neo4jException n && n.code() != null && n.code().contains("TransactionTimedOut")) return Outcome.TIMEOUT;
        return Outcome.SERVER_ERROR;
    }

    private void renewSession() {
        session.closeAsync();
        session = driver.session(AsyncSession.class, config);
    }

    /** The driver is the binding's: closing a worker closes its session only. */
    @Override public void close() {
        try {
            session.closeAsync().toCompletableFuture().get(CLIENT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the session's connection goes back to the pool or is dropped with the driver
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
