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
 */
public record Scaling(Figure maxReplicas, Figure maxShards, Figure coresPerNode, Figure ramGbPerNode,
                      Figure storageGbPerNode, Figure diskReadMs) {
    public Scaling {
        if (maxReplicas.value() < 0) throw new IllegalArgumentException("max_replicas must be 0 or more");
        if (maxShards.value() < 1) throw new IllegalArgumentException("max_shards must be 1 or more");
        if (coresPerNode.value() < 1) throw new IllegalArgumentException("cores_per_node must be 1 or more");
        if (ramGbPerNode.value() <= 0 || storageGbPerNode.value() <= 0) throw new IllegalArgumentException("node memory and storage must be above 0 GB");
        if (diskReadMs.value() < 0) throw new IllegalArgumentException("disk_read_ms must be 0 or more");
    }

    public boolean shards() { return maxShards.value() > 1; }
}
