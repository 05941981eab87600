package dev.polyglot.advisor.model;

import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.catalog.ShardingLayer;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.List;
import java.util.Optional;

/**
 * Estimates p99 and nodes for a workload on an engine (docs/model.md): shape support, read paths, emulated
 * ceilings, service time, then the fewest nodes that keep the busiest node under the target utilisation and
 * the p99 inside the budget.
 */
public final class Estimator {
    /** Nodes are added one at a time until the budget holds; past this many extra the budget is out of reach. */
    private static final int MAX_EXTRA_NODES = 64;

    private final ModelAssumptions a;

    public Estimator(ModelAssumptions assumptions) { this.a = assumptions; }

    public ModelAssumptions assumptions() { return a; }

    public Estimate estimate(Workload w, EngineSpec e) {
        Optional<Capability> cap = e.capability(w.shape());
        if (cap.isEmpty()) return fail(e, Limit.SHAPE, Double.POSITIVE_INFINITY, e.id() + " does not serve " + w.shape());
        Capability c = cap.get();
        StringBuilder why = new StringBuilder();
        Optional<Placement> placement = Placement.of(w, e, why);
        if (placement.isEmpty()) {
            Limit limit = why.indexOf("durable home") >= 0 ? Limit.DURABILITY : Limit.CONSISTENCY;
            return fail(e, limit, Double.POSITIVE_INFINITY, why.toString());
        }
        Optional<Estimate.Fails> ceiling = Ceilings.check(w, e, c);
        if (ceiling.isPresent()) return ceiling.get();
        return size(w, e, c, placement.get());
    }

    private Estimate size(Workload w, EngineSpec e, Capability c, Placement p) {
        double wsGb = w.workingSet().map(ws -> ws.gigabytes()).orElse(0.0);
        var sc = e.scaling();
        int storageShards = (int) Math.max(1, Math.ceil(wsGb / sc.storageGbPerNode().value()));
        int ramShards = e.inMemory() ? (int) Math.max(1, Math.ceil(wsGb / (sc.ramGbPerNode().value() * a.cacheFill()))) : 1;
        int maxShards = sc.maxShards().asInt();
        Optional<ShardingLayer> layer = keyed(w) ? sc.layer() : Optional.empty();
        // one primary holds up to its storage; past it (or past its load) the layer's shards hold shard_gb each
        boolean onePrimary = layer.isEmpty() || storageShards == 1;
        if (!onePrimary) storageShards = (int) Math.max(1, Math.ceil(wsGb / layer.get().shardGb().value()));
        int minShards = Math.max(storageShards, ramShards);
        int reachable = layer.map(l -> l.maxShards().asInt()).orElse(maxShards);
        if (minShards > reachable) {
            String per = e.inMemory() ? Numbers.amount(sc.ramGbPerNode().value() * a.cacheFill()) + " GB of RAM"
                    : Numbers.amount(onePrimary ? sc.storageGbPerNode().value() : layer.get().shardGb().value()) + " GB of storage";
            return fail(e, Limit.WORKING_SET, minShards / (double) reachable, "working set " + w.workingSet().orElseThrow() + " needs "
                    + minShards + " nodes of " + per + " and " + e.id() + (reachable == 1 ? " does not shard" : " shards to at most " + reachable)
                    + layer.map(l -> " through " + l.via()).orElse("") + " (" + Numbers.over(minShards / (double) reachable) + ")");
        }
        double lambda = w.opsPerSec();
        double idle = ServiceTime.ms(w, e, c, a, wsGb / minShards, minShards);
        if (idle > w.p99Ms()) return overBudget(w, e, idle); // no number of nodes brings one operation under the budget
        if (c.ceilingOps().isPresent()) return sizeEmulated(w, e, c, p, wsGb, minShards);
        if (sc.shards()) return sizeSharded(w, e, c, p, wsGb, minShards, maxShards, lambda);
        Optional<Estimate> single = onePrimary ? Optional.of(sizeSinglePrimary(w, e, c, p, wsGb, lambda)) : Optional.empty();
        if (layer.isEmpty() || single.filter(s -> s instanceof Estimate.Fits).isPresent()) return single.orElseThrow();
        int layerShards = Math.max(minShards, (int) Math.ceil(wsGb / layer.get().shardGb().value()));
        return throughLayer(sizeSharded(w, e, c, p, wsGb, layerShards, reachable, lambda), layer.get());
    }

    /** A sharding layer routes operations that name their key: point lookups and range scans within a key. */
    private static boolean keyed(Workload w) { return w.shape() == Shape.POINT_LOOKUP || w.shape() == Shape.RANGE_SCAN; }

    /**
     * The estimate on the engine's shards behind its sharding layer: the route says so, and what the model leaves out
     * (transactions and queries across shards).
     */
    private static Estimate throughLayer(Estimate sharded, ShardingLayer layer) {
        if (!(sharded instanceof Estimate.Fits f)) return sharded;
        List<String> assumes = new java.util.ArrayList<>(f.assumes());
        assumes.add("sharded through " + layer.via() + ": each operation names its shard key and runs on that shard's primary"
                + " (multi-key transactions and queries across shards are not modelled)");
        return new Estimate.Fits(f.engine(), f.fit(), f.via(), f.p99Ms(), f.nodes(), f.nodeShare(), f.offered(), f.placement(), f.margin(),
                f.sizing(), assumes, true, f.copies(), f.derivedNodes());
    }

    /**
     * Emulated techniques with an ops ceiling do not scale out: the ceiling holds for the whole deployment. The
     * workload's share of a node is its load on the node's own capacity (the ceiling is not per-node capacity to
     * pool with other workloads).
     */
    private Estimate sizeEmulated(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int shards) {
        double s = ServiceTime.ms(w, e, c, a, wsGb / shards, shards);
        double perNode = nodeCapacity(w, e, c, s);
        double capacity = Math.min(perNode, c.ceilingOps().orElseThrow().value());
        double rho = w.opsPerSec() / capacity;
        String technique = c.via().orElse("emulated");
        if (rho >= 1) {
            return fail(e, Limit.CEILING, rho, Numbers.amount(w.opsPerSec()) + " ops/s reach the " + technique + " ceiling of about "
                    + Numbers.amount(capacity) + "/s on " + e.id() + " (" + Numbers.over(rho) + ")");
        }
        String sizing = (shards > 1 ? dataSizing(w, e, shards) : "one node carries it") + "; the " + technique + " ceiling of about "
                + Numbers.amount(c.ceilingOps().get().value()) + "/s is for the whole deployment";
        int copies = copies(w, e, p, wsGb);
        return fits(w, e, c, p, Queueing.p99Ms(s, capacity, w.opsPerSec()), shards * copies, w.opsPerSec() / (perNode * a.targetUtilisation()), false,
                sizing, List.of(), copies, shards);
    }

    private Estimate sizeSharded(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int minShards, int maxShards, double lambda) {
        if (w.shape() == Shape.AGGREGATE) return sizeScan(w, e, c, p, wsGb, minShards, maxShards, lambda);
        int copies = copies(w, e, p, wsGb);
        int readers = p.replicaReads() ? copies : 1; // the copies of a shard that take its reads
        double s = ServiceTime.ms(w, e, c, a, wsGb / minShards, 1);
        OpMix mix = OpMix.of(w, e, c, a, s, readers * nodeCapacity(w, e, c, s));
        int loadShards = (int) Math.ceil(lambda / (mix.capacity() * a.targetUtilisation()));
        int shards = Math.max(minShards, loadShards);
        for (int extra = 0; shards <= maxShards && extra <= MAX_EXTRA_NODES; shards++, extra++) {
            s = ServiceTime.ms(w, e, c, a, wsGb / shards, 1);
            mix = OpMix.of(w, e, c, a, s, readers * nodeCapacity(w, e, c, s));
            double perShard = lambda / shards;
            double p99 = Queueing.p99Ms(mix.p99ServiceMs(), mix.capacity(), perShard);
            boolean underTarget = perShard <= mix.capacity() * a.targetUtilisation();
            if (p99 <= w.p99Ms() && underTarget) {
                String sizing = extra > 0 ? "its " + Numbers.latency(w.p99Ms()) + " budget: " + shards + " shards keep the queue short"
                        : shards > 1 && shards == minShards ? dataSizing(w, e, shards)
                        : shards > 1 ? throughputSizing(lambda, mix.capacity(), shards) : "one node carries it";
                return fits(w, e, c, p, p99, shards * copies, copies * lambda / (mix.capacity() * a.targetUtilisation()), false,
                        sizing, mix.assumes(a).map(List::of).orElse(List.of()), copies, shards);
            }
            if (mix.p99ServiceMs() > w.p99Ms()) break;
            // nodes are for load and data: an operation that alone takes most of its budget is not rescued by thinning its queue
            if (underTarget && mix.p99ServiceMs() >= a.dilutableServiceShare() * w.p99Ms()) break;
        }
        if (shards > maxShards) {
            double needed = lambda / (mix.capacity() * a.targetUtilisation());
            return fail(e, Limit.THROUGHPUT, needed / maxShards, Numbers.amount(lambda) + " ops/s need about " + Numbers.amount(Math.ceil(needed))
                    + " shards and " + e.id() + " shards to at most " + maxShards + mix.singleWriteNote(e, w).map(n -> " (" + n + ")").orElse(""));
        }
        return overBudget(w, e, Queueing.p99Ms(mix.p99ServiceMs(), mix.capacity(), lambda / Math.min(shards, maxShards)));
    }

    /**
     * An aggregate scans its rows spread over {@code d} shards: {@code s = s(d) + d * merge}, and every shard works
     * on every query, so more shards shorten the scan but do not share the queries; read replicas of the shard
     * set share the queries. The fewest nodes {@code d * groups} that meet the target and the budget win.
     */
    private Estimate sizeScan(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int minShards, int maxShards, double lambda) {
        int copies = copies(w, e, p, wsGb);
        int maxGroups = p.replicaReads() ? Math.max(copies, 1 + e.scaling().maxReplicas().asInt()) : 1;
        int best = Integer.MAX_VALUE;
        Estimate chosen = null;
        double closest = Double.POSITIVE_INFINITY;
        for (int d = minShards; d <= maxShards && d < best; d++) {
            double s = scanMs(w, e, c, wsGb, d);
            if (s > w.p99Ms()) { closest = Math.min(closest, s); continue; }
            double capacity = scanCapacity(w, e, c, wsGb, d);
            int loadGroups = Math.max(1, (int) Math.ceil(lambda / (capacity * a.targetUtilisation())));
            for (int g = loadGroups; g <= maxGroups && d * g < best; g++) {
                if (g > loadGroups && s >= a.dilutableServiceShare() * w.p99Ms()) break;
                double p99 = Queueing.p99Ms(s, capacity, lambda / g);
                closest = Math.min(closest, p99);
                if (p99 <= w.p99Ms()) {
                    best = d * g;
                    chosen = fits(w, e, c, p, p99, d * Math.max(g, copies), d * lambda / (capacity * a.targetUtilisation()), g > 1,
                            scanSizing(w, e, minShards, d, g, lambda, capacity), d > minShards ? List.of("the scan fans out over " + d
                                    + " shards to meet its " + Numbers.latency(w.p99Ms()) + " budget (the data needs " + minShards + ")") : List.of(), copies, d * g);
                    break;
                }
            }
        }
        if (chosen != null) return chosen;
        return overBudget(w, e, closest);
    }

    /**
     * Queries/s a set of {@code d} shards sustains: each shard is busy for its 1/d of the scan (on all its cores) and
     * the query's fixed part on one core, {@code busy(d) = scan / d + service_ms / cores}; the merge runs on the node
     * that received the query and adds latency, not work on every shard. So shards added for a scan add throughput.
     */
    private double scanCapacity(Workload w, EngineSpec e, Capability c, double wsGb, int d) {
        double fixed = c.serviceMs().value();
        double busy = ServiceTime.ms(w, e, c, a, wsGb / d, d) - fixed + fixed / e.scaling().coresPerNode().value();
        return 1000 / busy;
    }

    /** Service time of one scan spread over {@code d} shards, with the per-shard dispatch and merge. */
    private double scanMs(Workload w, EngineSpec e, Capability c, double wsGb, int d) {
        return ServiceTime.ms(w, e, c, a, wsGb / d, d) + (d > 1 ? d * a.shardMergeMs() : 0);
    }

    private String scanSizing(Workload w, EngineSpec e, int minShards, int d, int groups, double lambda, double capacity) {
        String shards = d > minShards ? "its " + Numbers.latency(w.p99Ms()) + " budget: the scan fans out over " + d + " shards"
                : d > 1 ? dataSizing(w, e, d) : "one node scans it";
        return groups > 1 ? shards + ", in " + groups + " copies for " + Numbers.amount(lambda) + " queries/s at about "
                + Numbers.amount(capacity) + "/s each" : shards;
    }

    private String dataSizing(Workload w, EngineSpec e, int shards) {
        var sc = e.scaling();
        double per = e.inMemory() ? sc.ramGbPerNode().value() * a.cacheFill()
                : !sc.shards() && sc.layer().isPresent() ? sc.layer().get().shardGb().value() // shards of its sharding layer
                : sc.storageGbPerNode().value();
        return "its working set, " + w.workingSet().map(Object::toString).orElse("?") + " at " + Numbers.amount(per) + " GB a node ("
                + shards + " shards)";
    }

    private String throughputSizing(double lambda, double capacity, int shards) {
        return "throughput: " + Numbers.amount(lambda) + " ops/s at " + Numbers.percent(a.targetUtilisation()) + " of about "
                + Numbers.amount(capacity) + "/s a node (" + shards + " shards)";
    }

    /**
     * One primary takes the writes (and the reads that must see them); read replicas take the reads that accept
     * their staleness, and every replica applies every write.
     */
    private Estimate sizeSinglePrimary(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, double lambda) {
        double s = ServiceTime.ms(w, e, c, a, wsGb, 1);
        OpMix mix = OpMix.of(w, e, c, a, s, nodeCapacity(w, e, c, s));
        double writes = w.writesPerSec();
        double reads = w.readsPerSec();
        double u = a.targetUtilisation();
        double rho = mix.rho(reads, writes);
        double p99 = Queueing.p99AtUtilisation(mix.p99ServiceMs(), lambda, rho);
        double share = lambda / (mix.capacity() * u);
        List<String> assumes = mix.assumes(a).map(List::of).orElse(List.of());
        int copies = copies(w, e, p, wsGb);
        if (rho <= u && p99 <= w.p99Ms()) {
            return fits(w, e, c, p, p99, copies, share, false, "one node carries it", assumes, copies, 1);
        }
        double writeRho = writes / mix.writeCapacity();
        if (p.replicaReads() && mix.p99ServiceMs() <= w.p99Ms() && writeRho < u) {
            int maxReplicas = e.scaling().maxReplicas().asInt();
            int loadReplicas = Math.max(1, (int) Math.ceil(reads / (mix.readCapacity() * (u - writeRho))));
            for (int replicas = loadReplicas; replicas <= maxReplicas; replicas++) {
                if (replicas > loadReplicas && mix.p99ServiceMs() >= a.dilutableServiceShare() * w.p99Ms()) break;
                double replicaRho = mix.rho(reads / replicas, writes);
                double p99r = Math.max(Queueing.p99AtUtilisation(mix.writeMs(), writes, writeRho),
                        Queueing.p99AtUtilisation(mix.readMs(), reads / replicas + writes, replicaRho));
                if (replicaRho <= 1 && p99r <= w.p99Ms()) {
                    String sizing = "reads: " + Numbers.amount(reads) + "/s over " + replicas + " read replicas at about "
                            + Numbers.amount(mix.readCapacity()) + "/s each" + (replicas > loadReplicas ? " (more for its " + Numbers.latency(w.p99Ms()) + " budget)" : "")
                            + ", the primary takes the writes";
                    return fits(w, e, c, p, p99r, Math.max(copies, 1 + replicas), share, true, sizing, assumes, copies, 1 + replicas);
                }
            }
        }
        if (rho > u) {
            String replicasNote = writeRho >= u ? "its writes alone pass " + Numbers.percent(u) + " of the primary, and replicas apply every write"
                    : p.replicaReads() ? e.scaling().maxReplicas().asInt() + " read replicas are not enough"
                    : e.replica().isPresent() ? "its replicas are too stale for " + w.consistency() + " reads" : "it has no read replicas";
            double excess = rho / u;
            return fail(e, Limit.THROUGHPUT, excess, Numbers.amount(lambda) + " ops/s would run one " + e.id() + " primary past "
                    + Numbers.percent(u) + " of its " + Numbers.amount(mix.capacity()) + "/s (" + Numbers.over(excess) + "); "
                    + e.id() + " does not shard, and " + replicasNote + mix.singleWriteNote(e, w).map(n -> " (" + n + ")").orElse(""));
        }
        return overBudget(w, e, p99);
    }

    private Estimate overBudget(Workload w, EngineSpec e, double p99) {
        return fail(e, Limit.BUDGET, p99 / w.p99Ms(), "p99 estimate " + Numbers.latency(p99) + " over the " + Numbers.latency(w.p99Ms())
                + " budget on " + e.id() + " (" + Numbers.over(p99 / w.p99Ms()) + ")");
    }

    /**
     * Ops/s one node sustains for this workload: the catalog's per-node rate, scaled down for operations heavier
     * than the catalog's base (more rows, more hops); without a rate, one operation per core per service time.
     * An aggregate keeps the whole node busy, so it runs one at a time.
     */
    static double nodeCapacity(Workload w, EngineSpec e, Capability c, double serviceMs) {
        double byCores = e.scaling().coresPerNode().asInt() * 1000 / serviceMs;
        double capacity = c.opsPerNode().map(ops -> ops.value() * c.serviceMs().value() / serviceMs).orElse(byCores);
        return w.shape() == Shape.AGGREGATE ? Math.min(capacity, 1000 / serviceMs) : capacity;
    }

    /**
     * Copies of the workload's data the engine keeps on separate servers: its catalog {@code copies} when it owns durable
     * data beyond what one server and its backups keep ({@link ModelAssumptions#liveCopiesFromGb}), else 1. A derived copy
     * is rebuilt from its source of truth and keeps one.
     */
    private int copies(Workload w, EngineSpec e, Placement p, double wsGb) {
        boolean owned = p.owns() && e.durability().durable() && w.durability() == dev.polyglot.workloads.Durability.DURABLE;
        return owned && wsGb > a.liveCopiesFromGb() ? e.scaling().copies().asInt() : 1;
    }

    private Estimate fits(Workload w, EngineSpec e, Capability c, Placement p, double p99, int nodes, double share, boolean replicas,
                          String sizing, List<String> assumes, int copies, int derivedNodes) {
        if (p99 > w.p99Ms()) return overBudget(w, e, p99);
        var level = !p.owns() ? e.derived().level() : replicas ? e.replica().orElseThrow().level() : e.primary().level();
        return new Estimate.Fits(e.id(), c.fit(), c.via(), p99, nodes, share, level, p, (w.p99Ms() - p99) / w.p99Ms(), sizing, assumes, false, copies, derivedNodes);
    }

    static Estimate.Fails fail(EngineSpec e, Limit limit, double excess, String reason) {
        return new Estimate.Fails(e.id(), limit, excess, reason);
    }
}
