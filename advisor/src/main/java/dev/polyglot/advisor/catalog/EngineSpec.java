package dev.polyglot.advisor.catalog;

import dev.polyglot.advisor.SyncMethod;
import dev.polyglot.workloads.Shape;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One engine of the catalog.
 *
 * @param id                canonical lowercase id
 * @param family            relational, key-value, search, ...
 * @param aliases           other spellings that mean this engine
 * @param generalist        serves many shapes well enough to be the one engine of a small system
 * @param managedOnly       only available as a cloud service (ruled out by {@code deployment: self-hosted})
 * @param canOwnData        fit to be a system of record (a search index or a vector store is not)
 * @param durability        whether writes survive a restart
 * @param inMemory          the working set must fit in memory (shard out when it does not)
 * @param operationalCost   relative cost of running it (on-call, backups, upgrades); postgres is 1.0
 * @param cost              what it costs to run in USD a month: fixed, and per node of its class
 * @param sync              how it follows a source of truth when it holds a derived copy
 * @param primary           what a read on the primary guarantees
 * @param replica           what a read on a read replica guarantees, if it has replicas
 * @param derived           what a read on a copy fed from a source of truth guarantees
 * @param scaling           replicas, shards and per-node limits
 * @param shapes            how it serves each supported shape; missing shapes are unsupported
 */
public record EngineSpec(String id, String family, List<String> aliases, boolean generalist, boolean managedOnly,
                         boolean canOwnData, DurabilityClass durability, boolean inMemory, Figure operationalCost,
                         RunningCost cost, SyncMethod sync, ReadPath primary, Optional<ReadPath> replica, ReadPath derived,
                         Scaling scaling, Map<Shape, Capability> shapes) {
    public EngineSpec {
        aliases = List.copyOf(aliases);
        shapes = shapes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(shapes));
        if (operationalCost.value() <= 0) throw new IllegalArgumentException("operational_cost must be above 0");
    }

    public Optional<Capability> capability(Shape shape) { return Optional.ofNullable(shapes.get(shape)); }
}
