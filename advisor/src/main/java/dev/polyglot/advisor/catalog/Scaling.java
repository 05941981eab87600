package dev.polyglot.advisor.catalog;

/**
 * How an engine scales and what one node holds.
 *
 * @param maxReplicas      read replicas a primary can have, 0 or more (serve reads only where staleness is accepted)
 * @param maxShards        partitions the data and load can be split over, 1 or more (1: does not shard)
 * @param coresPerNode     cores of one node, 1 or more
 * @param ramGbPerNode     memory of one node in GB, above 0
 * @param storageGbPerNode storage of one node in GB, above 0
 * @param diskReadMs       extra milliseconds a read pays when its data is not in memory, 0 or more
 * @param copies           copies of durable data the engine keeps on separate servers (replica set, replication factor,
 *                         Raft group, primary and standbys), 1 or more; 1 where a managed price or the storage cost already
 *                         holds the copies (docs/model.md, "Durable copies")
 * @param layer            the sharding layer that lets an engine with {@code maxShards} 1 shard keyed data, if any
 */
public record Scaling(Figure maxReplicas, Figure maxShards, Figure coresPerNode, Figure ramGbPerNode,
                      Figure storageGbPerNode, Figure diskReadMs, Figure copies, java.util.Optional<ShardingLayer> layer) {
    /** Copies when the catalog names none: one (assumed; every built-in durable engine names its own). */
    public static final Figure ONE_COPY = new Figure(1, "assumed: one copy");

    public Scaling {
        if (copies.value() < 1) throw new IllegalArgumentException("copies must be 1 or more");
        if (layer.isPresent() && maxShards.value() > 1) throw new IllegalArgumentException("an engine that shards by itself needs no sharding_layer");
        if (maxReplicas.value() < 0) throw new IllegalArgumentException("max_replicas must be 0 or more");
        if (maxShards.value() < 1) throw new IllegalArgumentException("max_shards must be 1 or more");
        if (coresPerNode.value() < 1) throw new IllegalArgumentException("cores_per_node must be 1 or more");
        if (ramGbPerNode.value() <= 0 || storageGbPerNode.value() <= 0) throw new IllegalArgumentException("node memory and storage must be above 0 GB");
        if (diskReadMs.value() < 0) throw new IllegalArgumentException("disk_read_ms must be 0 or more");
    }

    public boolean shards() { return maxShards.value() > 1; }
}
