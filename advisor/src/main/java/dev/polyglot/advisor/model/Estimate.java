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
     * @param viaLayer     the engine needs its sharding layer for this workload (its fixed cost is then paid)
     * @param copies       copies of the data the engine keeps for this workload on separate servers when it owns the
     *                     data, 1 or more ({@code nodes} counts them)
     * @param derivedNodes servers when the engine holds a derived copy instead (rebuilt from its source: one copy), 1 or more
     */
    record Fits(String engine, Fit fit, Optional<String> via, double p99Ms, int nodes, double nodeShare,
                Consistency offered, Placement placement, double margin, String sizing, java.util.List<String> assumes,
                boolean viaLayer, int copies, int derivedNodes) implements Estimate {
        public Fits { assumes = java.util.List.copyOf(assumes); }

        /** Servers for this workload in the engine's role: its durable copies when it owns the data, one copy when derived. */
        public int nodes(boolean derived) { return derived ? derivedNodes : nodes; }

        /** {@link #sizing}, with the durable copies named when the engine owns the data. */
        public String sizing(boolean derived) {
            return derived || copies == 1 ? sizing : sizing + ", each part of the data on " + copies + " servers (its durable copies)";
        }
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
