package dev.polyglot.bench.neo4j;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The claim on the bench's nodes: one node {@code (:PolyglotBench:PolyglotBenchClaim {name: 'bench', holder, expires})},
 * {@code holder} being {@code token host/pid, since TIME} and {@code expires} the server's clock ({@code timestamp()},
 * ms) plus {@value #TTL_S} s. A daemon thread pushes {@code expires} on every third of that while the node is still
 * ours; release deletes it only if it is still ours. A run that dies stops renewing, and the next claimant deletes its
 * expired node. Taking it creates the node with MERGE and then reads every claim node: only a claimant that finds its
 * own node alone holds it (two racing MERGEs may both create one, and then the later reader, or both, back off), so no
 * uniqueness constraint has to outlive the run.
 */
public final class Neo4jClaim implements NamespaceClaim {
    static final int TTL_S = 30;

    private static final String EXPIRE = "MATCH (c:" + Neo4jStatements.CLAIM + ") WHERE c.expires < timestamp() DELETE c";
    private static final String TAKE = "MERGE (c:" + Neo4jStatements.LABEL + ":" + Neo4jStatements.CLAIM + " {name: 'bench'})"
            + " ON CREATE SET c.holder = $holder, c.expires = timestamp() + $ttlMs RETURN c.holder";
    private static final String HOLDERS = "MATCH (c:" + Neo4jStatements.CLAIM + ") RETURN c.holder ORDER BY c.holder";
    private static final String RENEW = "MATCH (c:" + Neo4jStatements.CLAIM + " {holder: $holder}) SET c.expires = timestamp() + $ttlMs";
    private static final String RELEASE = "MATCH (c:" + Neo4jStatements.CLAIM + " {holder: $holder}) DELETE c";

    private final Driver driver;
    private final Endpoint endpoint;
    private final String holder;
    private final long ttlMs;
    private final Heartbeat heartbeat;

    private Neo4jClaim(Driver driver, Endpoint endpoint, String holder, int ttlS) {
        this.driver = driver;
        this.endpoint = endpoint;
        this.holder = holder;
        this.ttlMs = ttlS * 1000L;
        this.heartbeat = Heartbeat.start("bench-claim-renewer", ttlMs / 3, this::renew);
    }

    /** @param ttlS seconds a claim outlives the last renewal of a run that died, 3 or more */
    static Neo4jClaim take(Endpoint endpoint, Claimant me, int ttlS) {
        if (ttlS < 3) throw new IllegalArgumentException("ttlS must be 3 or more, was " + ttlS);
        String holder = me.token() + " " + me.describe();
        Driver driver = Neo4jBinding.connect(endpoint);
        Map<String, Object> params = Map.of("holder", holder, "ttlMs", ttlS * 1000L);
        try {
            Neo4jBinding.run(driver, endpoint, EXPIRE, Map.of(), Neo4jBinding.REQUEST_TIMEOUT);
            Neo4jBinding.run(driver, endpoint, TAKE, params, Neo4jBinding.REQUEST_TIMEOUT);
            List<String> holders = Neo4jBinding.run(driver, endpoint, HOLDERS, Map.of(), Neo4jBinding.REQUEST_TIMEOUT).stream()
                    .map(r -> r.get(0).asString("")).toList();
            if (holders.equals(List.of(holder))) return new Neo4jClaim(driver, endpoint, holder, ttlS);
            if (holders.contains(holder)) Neo4jBinding.run(driver, endpoint, RELEASE, params, Neo4jBinding.REQUEST_TIMEOUT);
            String other = holders.stream().filter(h -> !h.equals(holder)).findFirst().map(h -> h.substring(h.indexOf(' ') + 1))
                    .orElse("one that comes and goes");
            driver.close();
            throw new NamespaceBusyException(Neo4jDriver.ENGINE, endpoint, other, "a claim lapses " + ttlS + " s after its run dies");
        } catch (Neo4jException e) {
            driver.close();
            throw new IllegalStateException("claiming the " + Neo4jStatements.LABEL + " nodes on neo4j at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void renew() {
        try {
            Neo4jBinding.run(driver, endpoint, RENEW, Map.of("holder", holder, "ttlMs", ttlMs), Neo4jBinding.REQUEST_TIMEOUT);
        } catch (Neo4jException | IllegalStateException e) {
            // Neo4j is away: try again next period; the claim lapses if it stays away.
        }
    }

    @Override public void close() {
        heartbeat.stop();
        try {
            Neo4jBinding.run(driver, endpoint, RELEASE, Map.of("holder", holder), Neo4jBinding.REQUEST_TIMEOUT);
        } catch (Neo4jException | IllegalStateException e) {
            // Neo4j is away: the claim lapses after its TTL.
        }
        driver.close();
    }

}
