package dev.polyglot.advisor.model;

import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
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

    /** Emulated techniques with an ops ceiling do not scale out: the ceiling holds for the whole deployment. */
    private Estimate sizeEmulated(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int shards) {
        double s = ServiceTime.ms(w, e, c, a, wsGb / shards, shards);
        double capacity = Math.min(nodeCapacity(w, e, c, s), c.ceilingOps().orElseThrow().value());
        double rho = w.opsPerSec() / capacity;
        if (rho >= 1) {
            return fail(e, Limit.CEILING, rho, Numbers.amount(w.opsPerSec()) + " ops/s reach the " + c.via().orElse("emulated") + " ceiling of about "
                    + Numbers.amount(capacity) + "/s on " + e.id() + " (" + Numbers.over(rho) + ")");
        }
        return fits(w, e, c, p, Queueing.p99Ms(s, capacity, w.opsPerSec()), shards, w.opsPerSec() / (capacity * a.targetUtilisation()), false);
    }

    private Estimate sizeSharded(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, int minShards, int maxShards, double lambda) {
        // An aggregate scans in parallel over the nodes its data is spread on; more nodes for load do not speed it up.
        int shards = minShards;
        double s = ServiceTime.ms(w, e, c, a, wsGb / shards, minShards);
        double capacity = nodeCapacity(w, e, c, s);
        shards = Math.max(shards, (int) Math.ceil(lambda / (capacity * a.targetUtilisation())));
        for (int extra = 0; shards <= maxShards && extra <= MAX_EXTRA_NODES; shards++, extra++) {
            s = ServiceTime.ms(w, e, c, a, wsGb / shards, minShards);
            capacity = nodeCapacity(w, e, c, s);
            double p99 = Queueing.p99Ms(s, capacity, lambda / shards);
            if (p99 <= w.p99Ms() && lambda / shards <= capacity * a.targetUtilisation()) {
                return fits(w, e, c, p, p99, shards, lambda / (capacity * a.targetUtilisation()), false);
            }
            if (s > w.p99Ms()) break;
        }
        if (shards > maxShards) {
            double needed = lambda / (capacity * a.targetUtilisation());
            return fail(e, Limit.THROUGHPUT, needed / maxShards, Numbers.amount(lambda) + " ops/s need about " + Numbers.amount(Math.ceil(needed))
                    + " shards and " + e.id() + " shards to at most " + maxShards);
        }
        return overBudget(w, e, Queueing.p99Ms(s, capacity, lambda / shards));
    }

    /**
     * One primary takes the writes (and the reads that must see them); read replicas take the reads that
     * accept their staleness.
     */
    private Estimate sizeSinglePrimary(Workload w, EngineSpec e, Capability c, Placement p, double wsGb, double lambda) {
        double s = ServiceTime.ms(w, e, c, a, wsGb, 1);
        double capacity = nodeCapacity(w, e, c, s);
        double p99 = Queueing.p99Ms(s, capacity, lambda);
        if (lambda <= capacity * a.targetUtilisation() && p99 <= w.p99Ms()) return fits(w, e, c, p, p99, 1, lambda / (capacity * a.targetUtilisation()), false);
        if (p.replicaReads() && s <= w.p99Ms()) {
            double writes = w.writesPerSec();
            double reads = w.readsPerSec();
            int maxReplicas = e.scaling().maxReplicas().asInt();
            for (int replicas = Math.max(1, (int) Math.ceil(reads / (capacity * a.targetUtilisation()))); replicas <= maxReplicas; replicas++) {
                double busiest = Math.max(writes, reads / replicas);
                double p99r = Math.max(Queueing.p99Ms(s, capacity, writes), Queueing.p99Ms(s, capacity, reads / replicas));
                if (busiest <= capacity && p99r <= w.p99Ms()) return fits(w, e, c, p, p99r, 1 + replicas, lambda / (capacity * a.targetUtilisation()), true);
            }
        }
        if (lambda > capacity * a.targetUtilisation()) {
            String replicasNote = p.replicaReads() ? e.scaling().maxReplicas().asInt() + " read replicas are not enough"
                    : e.replica().isPresent() ? "its replicas are too stale for " + w.consistency() + " reads" : "it has no read replicas";
            double excess = lambda / (capacity * a.targetUtilisation());
            return fail(e, Limit.THROUGHPUT, excess, Numbers.amount(lambda) + " ops/s would run one " + e.id() + " primary past "
                    + Math.round(a.targetUtilisation() * 100) + "% of its " + Numbers.amount(capacity) + "/s (" + Numbers.over(excess) + "); "
                    + e.id() + " does not shard, and " + replicasNote);
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

    private Estimate fits(Workload w, EngineSpec e, Capability c, Placement p, double p99, int nodes, double share, boolean replicas) {
        if (p99 > w.p99Ms()) return overBudget(w, e, p99);
        var level = !p.owns() ? e.derived().level() : replicas ? e.replica().orElseThrow().level() : e.primary().level();
        return new Estimate.Fits(e.id(), c.fit(), c.via(), p99, nodes, share, level, p, (w.p99Ms() - p99) / w.p99Ms());
    }

    static Estimate.Fails fail(EngineSpec e, Limit limit, double excess, String reason) {
        return new Estimate.Fails(e.id(), limit, excess, reason);
    }
}
