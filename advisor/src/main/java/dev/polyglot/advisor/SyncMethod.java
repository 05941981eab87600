package dev.polyglot.advisor;

/** How a derived store is kept in step with the source of truth. */
public enum SyncMethod {
    CDC("cdc"), OUTBOX("outbox"), CACHE_ASIDE("cache-aside"), ETL("etl");

    private final String id;

    SyncMethod(String id) { this.id = id; }

    public String id() { return id; }

    @Override public String toString() { return id; }
}
