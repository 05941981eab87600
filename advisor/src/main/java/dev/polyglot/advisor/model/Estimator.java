package dev.polyglot.advisor.model;

import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
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
        int minShards = Math.max(storageShards, ramShards);
        int maxShards = sc.maxShards().asInt();
        if (minShards > maxShards) {
            String per = e.inMemory() ? Numbers.amount(sc.ramGbPerNode().value() * a.cacheFill()) + " GB of RAM" : Numbers.amount(sc.storageGbPerNode().value()) + " GB of storage";
            return fail(e, Limit.WORKING_SET, minShards / (double) maxShards, "working set " + w.workingSet().orElseThrow() + " needs "
                    + minShards + " nodes of " + per + " and " + e.id() + (maxShards == 1 ? " does not shard" : " shards to at most " + maxShards)
                    + " (" + Numbers.over(minShards / (double) maxShards) + ")");
        }
        double lambda = w.opsPerSec();
        double idle = ServiceTime.ms(w, e, c, a, wsGb / minShards, minShards);
        if (idle > w.p99Ms()) return overBudget(w, e, idle); // no number of nodes brings one operation under the budget
        if (c.ceilingOps().isPresent()) return sizeEmulated(w, e, c, p, wsGb, minShards);
        if (sc.shards()) return sizeSharded(w, e, c, p, wsGb, minShards, maxShards, lambda);
        return sizeSinglePrimary(w, e, c, p, wsGb, lambda);
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
        return fits(w, e, c, p, Queueing.p99Ms(s, capacity, w.opsPerSec()), shards, w.opsPerSec() / (perNode * a.targetUtilisation()), false,
                sizing, List.of());
    }

    private Estimate sizeSharded(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int minShards, int maxShards, double lambda) {
        if (w.shape() == Shape.AGGREGATE) return sizeScan(w, e, c, p, wsGb, minShards, maxShards, lambda);
        double s = ServiceTime.ms(w, e, c, a, wsGb / minShards, 1);
        OpMix mix = OpMix.of(w, e, c, a, s, nodeCapacity(w, e, c, s));
        int loadShards = (int) Math.ceil(lambda / (mix.capacity() * a.targetUtilisation()));
        int shards = Math.max(minShards, loadShards);
        for (int extra = 0; shards <= maxShards && extra <= MAX_EXTRA_NODES; shards++, extra++) {
            s = ServiceTime.ms(w, e, c, a, wsGb / shards, 1);
            mix = OpMix.of(w, e, c, a, s, nodeCapacity(w, e, c, s));
            double perShard = lambda / shards;
            double p99 = Queueing.p99Ms(mix.p99ServiceMs(), mix.capacity(), perShard);
            boolean underTarget = perShard <= mix.capacity() * a.targetUtilisation();
            if (p99 <= w.p99Ms() && underTarget) {
                String sizing = extra > 0 ? "its " + Numbers.latency(w.p99Ms()) + " budget: " + shards + " shards keep the queue short"
                        : shards > 1 && shards == minShards ? dataSizing(w, e, shards)
                        : shards > 1 ? throughputSizing(lambda, mix.capacity(), shards) : "one node carries it";
                return fits(w, e, c, p, p99, shards, lambda / (mix.capacity() * a.targetUtilisation()), false, sizing,
                        mix.assumes(a).map(List::of).orElse(List.of()));
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
        int maxGroups = p.replicaReads() ? 1 + e.scaling().maxReplicas().asInt() : 1;
        int best = Integer.MAX_VALUE;
        Estimate chosen = null;
        double closest = Double.POSITIVE_INFINITY;
        for (int d = minShards; d <= maxShards && d < best; d++) {
            double s = scanMs(w, e, c, wsGb, d);
            if (s > w.p99Ms()) { closest = Math.min(closest, s); continue; }
            double capacity = nodeCapacity(w, e, c, s);
            int loadGroups = Math.max(1, (int) Math.ceil(lambda / (capacity * a.targetUtilisation())));
            for (int g = loadGroups; g <= maxGroups && d * g < best; g++) {
                if (g > loadGroups && s >= a.dilutableServiceShare() * w.p99Ms()) break;
                double p99 = Queueing.p99Ms(s, capacity, lambda / g);
                closest = Math.min(closest, p99);
                if (p99 <= w.p99Ms()) {
                    best = d * g;
                    chosen = fits(w, e, c, p, p99, d * g, d * lambda / (capacity * a.targetUtilisation()), g > 1,
                            scanSizing(w, e, minShards, d, g, lambda, capacity), d > minShards ? List.of("the scan fans out over " + d
                                    + " shards to meet its " + Numbers.latency(w.p99Ms()) + " budget (the data needs " + minShards + ")") : List.of());
                    break;
                }
            }
        }
        if (chosen != null) return chosen;
        return overBudget(w, e, closest);
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
        double per = e.inMemory() ? e.scaling().ramGbPerNode().value() * a.cacheFill() : e.scaling().storageGbPerNode().value();
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
        if (rho <= u && p99 <= w.p99Ms()) return fits(w, e, c, p, p99, 1, share, false, "one node carries it", assumes);
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
                    return fits(w, e, c, p, p99r, 1 + replicas, share, true, sizing, assumes);
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

    private Estimate fits(Workload w, EngineSpec e, Capability c, Placement p, double p99, int nodes, double share, boolean replicas,
                          String sizing, List<String> assumes) {
        if (p99 > w.p99Ms()) return overBudget(w, e, p99);
        var level = !p.owns() ? e.derived().level() : replicas ? e.replica().orElseThrow().level() : e.primary().level();
        return new Estimate.Fits(e.id(), c.fit(), c.via(), p99, nodes, share, level, p, (w.p99Ms() - p99) / w.p99Ms(), sizing, assumes);
    }

    static Estimate.Fails fail(EngineSpec e, Limit limit, double excess, String reason) {
        return new Estimate.Fails(e.id(), limit, excess, reason);
    }
}
