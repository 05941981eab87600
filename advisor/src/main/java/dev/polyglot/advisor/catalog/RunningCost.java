package dev.polyglot.advisor.catalog;

/**
 * What an engine costs to run, in US dollars a month: a fixed part for running it at all (people on call,
 * backups, upgrades, monitoring, its sync pipeline) and a part per node of the class its scaling figures
 * describe. A managed service counts node-equivalents of its own capacity units (docs/model.md, "Cost").
 *
 * @param fixedUsdMonth USD a month for running the engine at all, 0 or more
 * @param nodeUsdMonth  USD a month for one node (or node-equivalent), 0 or more
 * @param storageUsdGbMonth USD a month per GB of data held, replication of the storage included, 0 or more
 */
public record RunningCost(Figure fixedUsdMonth, Figure nodeUsdMonth, Figure storageUsdGbMonth) {
    /** USD a month one unit of {@code operational_cost} stands for when a catalog entry gives no fixed cost (assumed). */
    public static final double USD_MONTH_PER_OPERATIONAL_UNIT = 5_000;
    /** USD a month of a node when a catalog entry gives no node cost (assumed: a 16 vCPU/64 GB node). */
    public static final double DEFAULT_NODE_USD_MONTH = 560;
    /**
     * The least share of a node an engine is billed for (assumed: the 2 vCPU instance of the node's 16 vCPU family).
     * Below one node's worth of load a team runs a smaller instance, so cost follows the capacity used.
     */
    public static final double SMALLEST_NODE_SHARE = 0.125;
    /** USD a month per GB when a catalog entry gives no storage cost (assumed: a gp3 volume). */
    public static final double DEFAULT_STORAGE_USD_GB_MONTH = 0.08;

    public RunningCost {
        if (fixedUsdMonth.value() < 0) throw new IllegalArgumentException("fixed_cost_usd_month must be 0 or more");
        if (nodeUsdMonth.value() < 0) throw new IllegalArgumentException("node_cost_usd_month must be 0 or more");
        if (storageUsdGbMonth.value() < 0) throw new IllegalArgumentException("storage_cost_usd_gb_month must be 0 or more");
    }

    /** The defaults for an entry that names neither figure: its operational cost in dollars, a default node. */
    public static RunningCost defaults(Figure operationalCost) {
        return new RunningCost(new Figure(operationalCost.value() * USD_MONTH_PER_OPERATIONAL_UNIT,
                "assumed: operational_cost x USD " + (long) USD_MONTH_PER_OPERATIONAL_UNIT + " a month"),
                new Figure(DEFAULT_NODE_USD_MONTH, "assumed: a 16 vCPU/64 GB node"),
                new Figure(DEFAULT_STORAGE_USD_GB_MONTH, "assumed: a gp3 volume"));
    }

    /**
     * USD a month for the engine billed for {@code nodes} nodes (a fraction below one) holding {@code dataGb} of data
     * in {@code copies} full copies (1 on an engine that shards; every node on one whose replicas each hold the whole data).
     */
    public double usdMonth(double nodes, double dataGb, int copies) {
        return fixedUsdMonth.value() + nodes * nodeUsdMonth.value() + dataGb * copies * storageUsdGbMonth.value();
    }
}
