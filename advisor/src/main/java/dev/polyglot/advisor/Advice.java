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
 * @param cost      what the portfolio costs to run, USD a month (estimate)
 */
public record Advice(String system, List<PortfolioEntry> portfolio, List<Route> routes, List<Unserved> unserved,
                     List<GrowthWarning> growth, List<SyncEdge> sync, Cost cost) {
    /** The unit every cost figure is in, as reports state it. */
    public static final String COST_UNIT = "USD per month";

    /** An answer whose cost is the sum of its entries' (headroom kept apart). */
    public Advice(String system, List<PortfolioEntry> portfolio, List<Route> routes, List<Unserved> unserved,
                  List<GrowthWarning> growth, List<SyncEdge> sync) {
        this(system, portfolio, routes, unserved, growth, sync, Cost.of(portfolio));
    }

    public Advice {
        portfolio = List.copyOf(portfolio);
        routes = List.copyOf(routes);
        unserved = List.copyOf(unserved);
        growth = List.copyOf(growth);
        sync = List.copyOf(sync);
    }

    public boolean allServed() { return unserved.isEmpty(); }

    /**
     * The estimated running cost of the portfolio, USD a month.
     *
     * @param usdPerMonth         the engines needed today (every role but headroom)
     * @param headroomUsdPerMonth the headroom engine, 0 without one
     */
    public record Cost(double usdPerMonth, double headroomUsdPerMonth) {
        static Cost of(List<PortfolioEntry> entries) {
            double needed = 0;
            double headroom = 0;
            for (PortfolioEntry p : entries) {
                if (p.role() == Role.HEADROOM) headroom += p.cost().usdPerMonth(); else needed += p.cost().usdPerMonth();
            }
            return new Cost(needed, headroom);
        }
    }

    /**
     * What one engine costs to run, USD a month: {@code fixed + billedNodes * perNode + storage}.
     *
     * @param fixed       running the engine at all (on-call, backups, upgrades), USD a month
     * @param perNode     one node (or node-equivalent of a managed service's capacity units), USD a month
     * @param billedNodes nodes paid for: the engine's nodes, or below one node's load the share of a node it uses
     *                    (at least the smallest instance of the class)
     * @param storage     the data it holds, in as many copies as it keeps, USD a month
     */
    public record EngineCost(double usdPerMonth, double fixed, double perNode, double billedNodes, double storage) {
        public static final EngineCost UNKNOWN = new EngineCost(0, 0, 0, 0, 0);
    }

    /**
     * One engine of the portfolio.
     *
     * @param nodes         servers needed for the load (shards times replicas), 1 or more
     * @param nodesDrivenBy what sets {@code nodes}: which workload and whether data, throughput, the budget or a scan
     * @param cost          what it costs to run at {@code nodes}
     * @param reason        why it earns its place, in the terms of the four signals
     */
    public record PortfolioEntry(String engine, String family, Role role, List<String> workloads, int nodes, String nodesDrivenBy,
                                 EngineCost cost, String reason) {
        public PortfolioEntry { workloads = List.copyOf(workloads); }

        /** An entry without cost or sizing figures (tests and tools that build answers by hand). */
        public PortfolioEntry(String engine, String family, Role role, List<String> workloads, int nodes, String reason) {
            this(engine, family, role, workloads, nodes, "", EngineCost.UNKNOWN, reason);
        }
    }

    /**
     * Where one workload goes.
     *
     * @param via             the extension or technique when {@code fit} is emulated
     * @param p99EstimateMs   estimated p99 in milliseconds on this engine at this load
     * @param p99BudgetMs     the workload's budget in milliseconds
     * @param consistency     the read guarantee the workload gets on this route
     * @param runnerUp        the next best engine for this workload, if any
     * @param assumes         what the route takes for granted beyond the catalog's figures: the write batching an
     *                        engine needs ("batched inserts of 10k rows"), shards added for a scan; empty when nothing
     */
    public record Route(String workload, Shape shape, String engine, Fit fit, Optional<String> via,
                        double p99EstimateMs, double p99BudgetMs, Consistency consistency, Optional<String> runnerUp,
                        List<String> assumes) {
        public Route { assumes = List.copyOf(assumes); }

        /** A route that assumes nothing beyond the catalog. */
        public Route(String workload, Shape shape, String engine, Fit fit, Optional<String> via, double p99EstimateMs,
                     double p99BudgetMs, Consistency consistency, Optional<String> runnerUp) {
            this(workload, shape, engine, fit, via, p99EstimateMs, p99BudgetMs, consistency, runnerUp, List.of());
        }
    }

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
