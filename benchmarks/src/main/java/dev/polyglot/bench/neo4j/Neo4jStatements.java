package dev.polyglot.bench.neo4j;

/**
 * The Cypher the bench sends, in one place. Every node the bench creates carries {@value #LABEL} and one of the data
 * labels below; its relationships are of type {@value #FOLLOWS}; its constraints (and their indexes) are named
 * {@value #NAME_PREFIX}*. Nothing here matches a node without those labels.
 */
final class Neo4jStatements {
    private Neo4jStatements() {}

    /** The label of every node the bench owns. */
    static final String LABEL = "PolyglotBench";
    /** A person of the synthetic social graph, {@code {id}}. */
    static final String PERSON = "PolyglotBenchPerson";
    /** A point-lookup record, {@code {id, payload}}. */
    static final String RECORD = "PolyglotBenchRecord";
    /** What a loaded data set was loaded as, {@code {shape, records, version}}. */
    static final String MANIFEST = "PolyglotBenchManifest";
    /** The claim, {@code {name: 'bench', holder, expires}}; see {@link Neo4jClaim}. */
    static final String CLAIM = "PolyglotBenchClaim";
    /** A follow between two persons. */
    static final String FOLLOWS = "POLYGLOT_BENCH_FOLLOWS";
    /** The prefix of the names of the bench's constraints. */
    static final String NAME_PREFIX = "polyglot_bench_";
    /** Rows sent in one UNWIND while loading. */
    static final int LOAD_BATCH = 10_000;
    /**
     * Nodes deleted per transaction: with their ~20 follows each, 20,000 relationships, well inside the server's
     * transaction memory (256 MB); 10,000 nodes a transaction exceeded it on a 100,000-person graph.
     */
    static final int DELETE_BATCH = 1_000;

    /** The uniqueness constraint on {@code label}'s id, which also indexes the lookups by id. */
    static String idConstraint(String label) {
        return "CREATE CONSTRAINT " + NAME_PREFIX + label.substring(LABEL.length()).toLowerCase(java.util.Locale.ROOT) + "_id IF NOT EXISTS FOR (n:"
                + label + ") REQUIRE n.id IS UNIQUE";
    }

    static final String CREATE_PERSONS = "UNWIND $ids AS id CREATE (:" + LABEL + ":" + PERSON + " {id: id})";
    static final String CREATE_FOLLOWS = "UNWIND $edges AS e MATCH (a:" + PERSON + " {id: e[0]}), (b:" + PERSON + " {id: e[1]}) CREATE (a)-[:" + FOLLOWS + "]->(b)";
    static final String CREATE_RECORDS = "UNWIND $rows AS r CREATE (:" + LABEL + ":" + RECORD + " {id: r.id, payload: r.payload})";

    /**
     * The walk: the distinct people within {@code hops} follows of one person, not counting that person, as the
     * PostgreSQL recursive CTE counts them (Neo4j plans {@code count(DISTINCT)} over a variable-length pattern as a
     * breadth-first expansion that prunes people already reached).
     */
    static String walk(int hops) {
        return "MATCH (s:" + PERSON + " {id: $id})-[:" + FOLLOWS + "*1.." + hops + "]->(p) WHERE p <> s RETURN count(DISTINCT p)";
    }

    /** A new follow, none when it exists (the CTE's table: INSERT ... ON CONFLICT DO NOTHING). */
    static final String FOLLOW = "MATCH (a:" + PERSON + " {id: $src}), (b:" + PERSON + " {id: $dst}) MERGE (a)-[:" + FOLLOWS + "]->(b)";
    static final String READ_RECORD = "MATCH (r:" + RECORD + " {id: $id}) RETURN r.payload";
    static final String WRITE_RECORD = "MATCH (r:" + RECORD + " {id: $id}) SET r.payload = $payload";

    static final String READ_MANIFEST = "MATCH (m:" + MANIFEST + " {shape: $shape}) RETURN m.records, m.version";
    static final String WRITE_MANIFEST = "CREATE (:" + LABEL + ":" + MANIFEST + " {shape: $shape, records: $records, version: $version})";
    static final String DELETE_MANIFEST = "MATCH (m:" + MANIFEST + " {shape: $shape}) DELETE m";

    /** Deletes every node of {@code label} (one of the bench's) with its relationships, in batches. */
    static String deleteAll(String label) {
        return "MATCH (n:" + label + ") CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF " + DELETE_BATCH + " ROWS";
    }

    /** The bench's nodes but the claim (released by its holder after the cleanup). */
    static final String DELETE_OWN = "MATCH (n:" + LABEL + ") WHERE NOT n:" + CLAIM + " CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF " + DELETE_BATCH + " ROWS";
    static final String OWN_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH '" + NAME_PREFIX + "' RETURN name";
}
