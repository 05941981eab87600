package dev.polyglot.advisor;

/** Why an engine is in the portfolio. */
public enum Role {
    /** Owns the durable facts; derived stores follow it. */
    SOURCE_OF_TRUTH("source-of-truth"),
    /** Indexes the truth for one access shape, kept in step by CDC, outbox, cache-aside or ETL. */
    DERIVED("derived"),
    /** Not needed today; proposed for the workload most likely to outgrow its home soon. */
    HEADROOM("headroom");

    private final String id;

    Role(String id) { this.id = id; }

    public String id() { return id; }

    @Override public String toString() { return id; }
}
