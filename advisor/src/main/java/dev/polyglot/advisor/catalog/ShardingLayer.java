package dev.polyglot.advisor.catalog;

/**
 * A sharding layer in front of an engine that does not shard by itself (Vitess for MySQL, Citus or the application's
 * own routing for PostgreSQL): it routes an operation that names its shard key to the one primary holding that key.
 * It serves keyed operations only (point lookups and range scans within a key); queries across shards (aggregates,
 * search, traversals) and multi-key transactions across shards are not modelled and stay on one primary.
 *
 * @param via           the layer's name, as the route states it ("Vitess", "Citus")
 * @param maxShards     shards (primaries) the layer spreads the data over, 2 or more
 * @param shardGb       data one shard's primary holds, GB, above 0 (Vitess recommends 250 GB a MySQL server: backups,
 *                      restores, resharding and B-tree inserts beyond the buffer pool all slow down past it)
 * @param fixedUsdMonth USD a month for running the layer at all (its gateways, topology service, resharding runbooks
 *                      and the people who know them), on top of the engine's own fixed cost, 0 or more
 */
public record ShardingLayer(String via, Figure maxShards, Figure shardGb, Figure fixedUsdMonth) {
    public ShardingLayer {
        if (via.isBlank()) throw new IllegalArgumentException("a sharding layer names itself (via)");
        if (maxShards.value() < 2) throw new IllegalArgumentException("a sharding layer's max_shards must be 2 or more");
        if (shardGb.value() <= 0) throw new IllegalArgumentException("a sharding layer's shard_gb must be above 0");
        if (fixedUsdMonth.value() < 0) throw new IllegalArgumentException("a sharding layer's fixed_cost_usd_month must be 0 or more");
    }
}
