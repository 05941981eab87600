package dev.polyglot.advisor;

import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The advisor's answer for one workloads file; the JSON of {@code advise --format json} is this record.
 *
 * @param system    name of the system
 * @param portfolio each engine once; the non-headroom ones are the smallest set that serves every workload
 * @param routes    one per served workload
 * @param unserved  workloads no allowed portfolio can serve, with the reason
 * @param growth    routes that will stop fitting as the workload grows
 * @param sync      how each derived store follows the source of truth
 */
public record Advice(String system, List<PortfolioEntry> portfolio, List<Route> routes, List<Unserved> unserved,
                     List<GrowthWarning> growth, List<SyncEdge> sync) {
    public Advice {
        portfolio = List.copyOf(portfolio);
        routes = List.copyOf(routes);
        unserved = List.copyOf(unserved);
        growth = List.copyOf(growth);
        sync = List.copyOf(sync);
    }

    public boolean allServed() { return unserved.isEmpty(); }

    /**
     * One engine of the portfolio.
     *
     * @param nodes servers needed for the load (shards times replicas), 1 or more
     * @param reason why it earns its place, in the terms of the four signals
     */
    public record PortfolioEntry(String engine, String family, Role role, List<String> workloads, int nodes, String reason) {
        public PortfolioEntry { workloads = List.copyOf(workloads); }
    }

    /**
     * Where one workload goes.
     *
     * @param via             the extension or technique when {@code fit} is emulated
     * @param p99EstimateMs   estimated p99 in milliseconds on this engine at this load
     * @param p99BudgetMs     the workload's budget in milliseconds
     * @param consistency     the read guarantee the workload gets on this route
     * @param runnerUp        the next best engine for this workload, if any
     */
    public record Route(String workload, Shape shape, String engine, Fit fit, Optional<String> via,
                        double p99EstimateMs, double p99BudgetMs, Consistency consistency, Optional<String> runnerUp) {}

    /** A workload nothing allowed can serve, and why (which limit, by how much). */
    public record Unserved(String workload, String reason) {}

    /**
     * A route that will stop fitting.
     *
     * @param monthsLeft months until the trigger is crossed; empty without a growth rate
     */
    public record GrowthWarning(String workload, String engine, Optional<String> nextEngine, String trigger, OptionalDouble monthsLeft) {}

    /** A derived store following the source of truth, and the consistency its reads offer. */
    public record SyncEdge(String from, String to, SyncMethod method, Consistency offers) {}
}
