package dev.polyglot.advisor;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.Limit;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Deployment;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every workload of a file estimated on every catalog engine, with the file's constraints applied: the
 * matrix the solver, the router and the explanations read. Workloads are kept in name order so that the
 * order in the file never changes an answer. At most 64 engines (the solver works on bitmasks).
 */
final class Evaluation {
    final WorkloadsFile file;
    final List<Workload> workloads;
    final List<EngineSpec> engines;
    final Estimate[][] estimates;
    /** Engines allowed by exclude and deployment. */
    final long allowed;
    /** Per workload, the allowed engines that serve it. */
    final long[] servers;
    /** Incumbents named in {@code prefer}. */
    final long preferred;
    /** Engines run today that stay while they still serve a workload (a projection grows a portfolio, never re-plans it). */
    final long kept;
    /** Allowed engines that can be a durable home (durable and fit to own data). */
    final long homes;
    final Estimator estimator;
    final Catalog catalog;
    private final java.util.Map<String, Integer> byName = new java.util.HashMap<>();

    Evaluation(WorkloadsFile file, Catalog catalog, Estimator estimator) { this(file, catalog, estimator, 0L); }

    /** @param kept engines run today (bit per index of this catalog), kept in the portfolio while they serve some workload */
    Evaluation(WorkloadsFile file, Catalog catalog, Estimator estimator, long kept) {
        this.file = file;
        this.estimator = estimator;
        this.workloads = new ArrayList<>(file.workloads());
        this.workloads.sort(Comparator.comparing(Workload::name));
        for (int w = 0; w < workloads.size(); w++) byName.put(workloads.get(w).name(), w);
        this.catalog = catalog;
        this.engines = catalog.engines();
        if (engines.size() > 64) throw new IllegalArgumentException("the solver handles at most 64 engines, the catalog has " + engines.size());
        long allow = 0;
        long home = 0;
        for (int e = 0; e < engines.size(); e++) {
            if (constraintReason(engines.get(e)).isEmpty()) {
                allow |= 1L << e;
                if (engines.get(e).durability().durable() && engines.get(e).canOwnData()) home |= 1L << e;
            }
        }
        long incumbents = 0;
        for (var ref : file.constraints().prefer()) {
            int e = catalog.canonical(ref.id()).map(this::engineIndex).orElse(-1);
            if (e >= 0) incumbents |= 1L << e;
        }
        this.preferred = incumbents;
        this.allowed = allow;
        this.kept = kept & allow;
        this.homes = home;
        this.estimates = new Estimate[workloads.size()][engines.size()];
        this.servers = new long[workloads.size()];
        for (int w = 0; w < workloads.size(); w++) {
            for (int e = 0; e < engines.size(); e++) {
                Estimate est = estimator.estimate(workloads.get(w), engines.get(e));
                estimates[w][e] = est;
                if (est instanceof Estimate.Fits && (allow & (1L << e)) != 0) servers[w] |= 1L << e;
            }
        }
    }

    /** Why the file's constraints rule an engine out, if they do. */
    Optional<String> constraintReason(EngineSpec e) {
        var c = file.constraints();
        boolean excluded = c.exclude().stream().anyMatch(ref -> catalog.canonical(ref.id()).map(e.id()::equals).orElse(false));
        if (excluded) return Optional.of(e.id() + " is excluded by the constraints");
        if (e.managedOnly() && c.deployment() == Deployment.SELF_HOSTED) {
            return Optional.of(e.id() + " is managed-only and the deployment is self-hosted");
        }
        return Optional.empty();
    }

    /** The index of a workload by name, in this evaluation's (name) order. */
    int indexOf(String workloadName) { return byName.get(workloadName); }

    int engineIndex(String id) {
        for (int e = 0; e < engines.size(); e++) if (engines.get(e).id().equals(id)) return e;
        return -1;
    }

    /** True when some durable workload is served. */
    boolean needsHome(boolean[] served) {
        for (int w = 0; w < workloads.size(); w++) if (served[w] && workloads.get(w).durability() == Durability.DURABLE) return true;
        return false;
    }

    Estimate.Fits fits(int w, int e) { return (Estimate.Fits) estimates[w][e]; }

    boolean serves(int w, int e, long portfolio) { return (portfolio & (1L << e)) != 0 && (servers[w] & (1L << e)) != 0; }

    /** The allowed engine that comes closest to serving an unservable workload, and by how much it misses. */
    String closestMiss(int w) {
        for (int e = 0; e < engines.size(); e++) {
            if ((allowed & (1L << e)) == 0 && estimates[w][e] instanceof Estimate.Fits) {
                return engines.get(e).id() + " would serve it, but " + constraintReason(engines.get(e)).orElse("the constraints rule it out");
            }
        }
        Estimate.Fails best = null;
        for (int e = 0; e < engines.size(); e++) {
            if ((allowed & (1L << e)) == 0 || !(estimates[w][e] instanceof Estimate.Fails f)) continue;
            if (best == null || rank(f) < rank(best) || (rank(f) == rank(best) && f.excess() < best.excess())) best = f;
        }
        if (best == null) return "every engine that serves it is ruled out by the constraints";
        return best.reason() + (best.limit() == Limit.CONSISTENCY ? "" : nativeButWeaker(w));
    }

    /**
     * "; qdrant, milvus serve vector-knn natively but not with strong reads (...)" when the engines built for the
     * shape miss only on consistency: often the workload left {@code consistency} at its default, strong.
     */
    private String nativeButWeaker(int w) {
        Workload workload = workloads.get(w);
        List<String> natives = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            boolean nativeFit = engines.get(e).capability(workload.shape()).map(c -> c.fit() == Fit.NATIVE).orElse(false);
            if ((allowed & (1L << e)) != 0 && nativeFit && estimates[w][e] instanceof Estimate.Fails f && f.limit() == Limit.CONSISTENCY) {
                natives.add(engines.get(e).id());
            }
        }
        if (natives.isEmpty()) return "";
        return "; " + String.join(", ", natives) + " serve " + workload.shape().id() + " natively but not with " + workload.consistency().id()
                + " reads" + (workload.consistency() == Consistency.STRONG ? " (strong is the default; set a weaker consistency if the workload allows it)" : "");
    }

    /** Numeric misses (budget, ceilings, size) are closer than categorical ones (shape, consistency). */
    private static int rank(Estimate.Fails f) {
        return Double.isInfinite(f.excess()) ? (f.limit() == Limit.SHAPE ? 3 : 2) : 1;
    }
}
