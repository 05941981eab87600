package dev.polyglot.advisor.model;

import dev.polyglot.advisor.Fit;
import dev.polyglot.workloads.Consistency;
import java.util.Optional;

/** The model's answer for one workload on one engine: it fits (with figures), or which limit it breaks. */
public sealed interface Estimate {
    String engine();

    /**
     * The engine serves the workload.
     *
     * @param p99Ms        estimated p99 at this load, ms
     * @param nodes        servers this workload alone needs on the engine (shards times replicas), 1 or more
     * @param nodeShare    node-equivalents of load at the target utilisation (for pooling workloads on one engine)
     * @param offered      the guarantee its reads get when the engine holds the data (primary or replicas)
     * @param placement    which read paths are open to it
     * @param margin       (budget - p99) / budget, 0..1
     * @param sizing       what sets {@code nodes}: "one node carries it", "working set 600 TB at 4 TB a node", ...
     * @param assumes      what the route takes for granted: write batching, shards added for a scan (may be empty)
     */
    record Fits(String engine, Fit fit, Optional<String> via, double p99Ms, int nodes, double nodeShare,
                Consistency offered, Placement placement, double margin, String sizing, java.util.List<String> assumes) implements Estimate {
        public Fits { assumes = java.util.List.copyOf(assumes); }
    }

    /**
     * The engine cannot serve the workload.
     *
     * @param limit  which limit breaks
     * @param excess how far over the limit, as a ratio (1.3 is 30% over); infinite for shape, consistency, durability
     * @param reason the limit and the numbers, e.g. "p99 estimate 612 ms over the 200 ms budget (3.1x)"
     */
    record Fails(String engine, Limit limit, double excess, String reason) implements Estimate {}
}
