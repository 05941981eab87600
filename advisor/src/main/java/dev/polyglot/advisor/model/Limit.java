package dev.polyglot.advisor.model;

/** Which limit keeps an engine from serving a workload; the reasons of seed 004's four signals come from these. */
public enum Limit {
    /** The engine does not serve the access shape at all. */
    SHAPE,
    /** An emulated technique hit its ceiling (ops/s, records, recall, data size). */
    CEILING,
    /** The p99 estimate is over the budget. */
    BUDGET,
    /** The working set does not fit the engine's nodes. */
    WORKING_SET,
    /** The load exceeds what the engine can scale to for this consistency (no shards, replicas too stale). */
    THROUGHPUT,
    /** No read path of the engine gives the guarantee the workload needs. */
    CONSISTENCY,
    /** The data must survive a restart and the engine is a cache. */
    DURABILITY,
    /** The file's constraints rule the engine out (exclude, deployment). */
    CONSTRAINT
}
