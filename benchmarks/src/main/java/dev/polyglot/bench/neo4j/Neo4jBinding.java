package dev.polyglot.bench.neo4j;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Engine;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.EngineUnavailableException;
import dev.polyglot.bench.engine.LoadReport;
import dev.polyglot.bench.engine.Manifest;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.SocialGraph;
import dev.polyglot.bench.engine.SyntheticData;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Neo4j through the official Java driver over Bolt (unencrypted: the local server is on loopback). One driver (its
 * thread-safe connection pool) serves the loader and every worker, each worker with its own session. Everything the
 * bench creates carries label {@value Neo4jStatements#LABEL}; cleanup deletes those nodes (with their relationships)
 * and the constraints named {@value Neo4jStatements#NAME_PREFIX}*, nothing else. Connecting times out after
 * {@link #CONNECT_TIMEOUT}; every statement carries a server-side transaction timeout ({@link #REQUEST_TIMEOUT}, the
 * load's and cleanup's {@link #BULK_TIMEOUT}), and the workers' calls are also bounded on the client.
 */
public final class Neo4jBinding implements EngineBinding {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final Duration BULK_TIMEOUT = Duration.ofSeconds(300);
    /** Connections in the pool: enough for every worker the bench runs plus the loader. */
    static final int POOL_SIZE = 256;

    private final Endpoint endpoint;
    private final Driver driver;

    private Neo4jBinding(Endpoint endpoint, Driver driver) {
        this.endpoint = endpoint;
        this.driver = driver;
    }

    public static Neo4jBinding open(Endpoint endpoint) { return new Neo4jBinding(endpoint, connect(endpoint)); }

    /** A driver whose connectivity and login are checked; EngineUnavailableException when the server does not answer or refuses. */
    static Driver connect(Endpoint endpoint) {
        AuthToken auth = endpoint.user().isPresent() ? AuthTokens.basic(endpoint.user().get(), endpoint.password().orElse("")) : AuthTokens.none();
        Config config = Config.builder().withoutEncryption().withLogging(Logging.none())
                .withConnectionTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(POOL_SIZE).withUserAgent("polyglot-bench").build();
        Driver driver = GraphDatabase.driver("bolt://" + endpoint.host() + ":" + endpoint.port(), auth, config);
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (Neo4jException | IllegalStateException e) {
            driver.close();
            // The driver's messages name the address at most; the credentials never reach them.
            throw new EngineUnavailableException(Neo4jDriver.ENGINE, endpoint, "connection refused, timed out or login rejected");
        }
    }

    /** A session on the endpoint's database (the server's default when it names none). */
    static Session session(Driver driver, Endpoint endpoint) {
        return driver.session(endpoint.database().map(SessionConfig::forDatabase).orElse(SessionConfig.defaultConfig()));
    }

    /** Runs one auto-commit statement with a server-side timeout and returns its rows. */
    static List<Record> run(Driver driver, Endpoint endpoint, String cypher, Map<String, Object> params, Duration timeout) {
        try (Session s = session(driver, endpoint)) {
            return s.run(cypher, params, TransactionConfig.builder().withTimeout(timeout).build()).list();
        }
    }

    private List<Record> run(String cypher, Map<String, Object> params, Duration timeout) { return run(driver, endpoint, cypher, params, timeout); }

    @Override public Engine engine() { return Neo4jDriver.ENGINE; }

    /** {@code Neo4j 5.26.20 community}, from {@code dbms.components()}, when the server says. */
    Optional<String> serverVersion() {
        List<Record> rows = run("CALL dbms.components() YIELD name, versions, edition RETURN versions[0], edition", Map.of(), REQUEST_TIMEOUT);
        return rows.isEmpty() ? Optional.empty() : Optional.of("Neo4j " + rows.get(0).get(0).asString() + " " + rows.get(0).get(1).asString());
    }

    @Override public LoadReport load(DatasetSpec spec) {
        String label = dataLabel(spec.shape());
        Manifest wanted = spec.manifest();
        try {
            List<Record> kept = run(Neo4jStatements.READ_MANIFEST, Map.of("shape", wanted.shape()), REQUEST_TIMEOUT);
            if (kept.size() == 1 && new Manifest(wanted.shape(), kept.get(0).get(0).asLong(), kept.get(0).get(1).asInt()).equals(wanted)) {
                return new LoadReport(spec.records(), 0, true);
            }
            long start = System.nanoTime();
            run(Neo4jStatements.DELETE_MANIFEST, Map.of("shape", wanted.shape()), REQUEST_TIMEOUT);
            run(Neo4jStatements.deleteAll(label), Map.of(), BULK_TIMEOUT);
            run(Neo4jStatements.idConstraint(label), Map.of(), BULK_TIMEOUT);
            if (spec.shape() == Shape.GRAPH_TRAVERSAL) loadGraph(spec.records());
            else loadRecords(spec.records());
            run(Neo4jStatements.WRITE_MANIFEST, Map.of("shape", wanted.shape(), "records", wanted.records(), "version", wanted.version()), REQUEST_TIMEOUT);
            return new LoadReport(spec.records(), (System.nanoTime() - start) / 1e9, false);
        } catch (Neo4jException e) {
            throw new IllegalStateException("loading the " + spec.shape().id() + " data set into neo4j at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    /** The label of the nodes of {@code shape}'s data set; IllegalArgumentException for a shape the binding does not run. */
    static String dataLabel(Shape shape) {
        return switch (shape) {
            case GRAPH_TRAVERSAL -> Neo4jStatements.PERSON;
            case POINT_LOOKUP -> Neo4jStatements.RECORD;
            default -> throw new IllegalArgumentException("neo4j has no bench for shape " + shape.id() + "; it runs graph-traversal and point-lookup");
        };
    }

    /** The people, then {@link SocialGraph}'s follows between them: the graph PostgreSQL's {@code follows} table holds. */
    private void loadGraph(long people) {
        for (long from = 0; from < people; from += Neo4jStatements.LOAD_BATCH) {
            List<Long> ids = new ArrayList<>();
            for (long p = from; p < Math.min(people, from + Neo4jStatements.LOAD_BATCH); p++) ids.add(p);
            run(Neo4jStatements.CREATE_PERSONS, Map.of("ids", ids), BULK_TIMEOUT);
        }
        long edges = SocialGraph.edges(people);
        for (long from = 0; from < edges; from += Neo4jStatements.LOAD_BATCH) {
            List<List<Long>> batch = new ArrayList<>();
            for (long e = from; e < Math.min(edges, from + Neo4jStatements.LOAD_BATCH); e++) {
                batch.add(List.of(SocialGraph.source(e, people), SocialGraph.target(e, people)));
            }
            run(Neo4jStatements.CREATE_FOLLOWS, Map.of("edges", batch), BULK_TIMEOUT);
        }
    }

    /** One record per key with the payload every engine's point lookup loads. */
    private void loadRecords(long records) {
        for (long from = 0; from < records; from += Neo4jStatements.LOAD_BATCH) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (long r = from; r < Math.min(records, from + Neo4jStatements.LOAD_BATCH); r++) rows.add(Map.of("id", r, "payload", SyntheticData.payload(r, 0)));
            run(Neo4jStatements.CREATE_RECORDS, Map.of("rows", rows), BULK_TIMEOUT);
        }
    }

    @Override public Operation prepare(DatasetSpec spec) {
        dataLabel(spec.shape());
        return new Neo4jOperation(driver, endpoint, spec);
    }

    @Override public void cleanup() {
        try {
            run(Neo4jStatements.DELETE_OWN, Map.of(), BULK_TIMEOUT);
            for (Record r : run(Neo4jStatements.OWN_CONSTRAINTS, Map.of(), REQUEST_TIMEOUT)) {
                run("DROP CONSTRAINT " + r.get(0).asString() + " IF EXISTS", Map.of(), BULK_TIMEOUT);
            }
        } catch (Neo4jException e) {
            throw new IllegalStateException("removing the " + Neo4jStatements.LABEL + " nodes from neo4j at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    @Override public void close() { driver.close(); }
}
