package dev.polyglot.advisor;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Estimator;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The advisor over an engine catalog and the latency model: the one implementation behind advise and check. */
public final class CatalogAdvisor implements Advisor {
    private final Catalog catalog;
    private final Estimator estimator;

    public CatalogAdvisor(Catalog catalog, ModelAssumptions assumptions) {
        this.catalog = catalog;
        this.estimator = new Estimator(assumptions);
    }

    /** The built-in catalog with the default assumptions. */
    public static CatalogAdvisor builtIn() { return new CatalogAdvisor(Catalog.builtIn(), ModelAssumptions.DEFAULT); }

    public Catalog catalog() { return catalog; }

    @Override public Advice advise(WorkloadsFile file) {
        Evaluation ev = new Evaluation(file, catalog, estimator);
        return AdviceBuilder.build(ev, GrowthProofing.swap(ev, PortfolioSolver.solve(ev)));
    }

    /**
     * The portfolio {@code months} from now (0 to {@link Projection#MAX_MONTHS}): every workload grown at its own
     * rate, today's engines kept while they still serve something, and the fewest engines added for what they no
     * longer serve. The portfolio grows by demand; it is not re-planned from scratch (which could swap the source
     * of truth for one engine that does everything at many times the nodes).
     */
    public Advice adviseIn(WorkloadsFile file, double months) {
        Evaluation now = new Evaluation(file, catalog, estimator);
        long running = GrowthProofing.swap(now, PortfolioSolver.solve(now)).portfolio();  // headroom is not part of it
        Evaluation ev = new Evaluation(Projection.after(file, months), catalog, estimator, running);
        return AdviceBuilder.build(ev, GrowthProofing.swap(ev, PortfolioSolver.solve(ev)));
    }

    @Override public Verdict evaluate(WorkloadsFile file, Workload workload, String engine) {
        Optional<String> id = catalog.canonical(engine);
        if (id.isEmpty()) return new Verdict.CannotServe(workload.name(), engine, "no engine '" + engine + "' in the catalog");
        WorkloadsFile alone = file.workload(workload.name()).filter(workload::equals).isPresent() ? file : file.withWorkloads(List.of(workload));
        Evaluation ev = new Evaluation(alone, catalog, estimator);
        int e = ev.engineIndex(id.get());
        int w = ev.indexOf(workload.name());
        Optional<String> ruledOut = ev.constraintReason(ev.engines.get(e));
        if (ruledOut.isPresent()) return new Verdict.CannotServe(workload.name(), id.get(), ruledOut.get());
        if (ev.estimates[w][e] instanceof Estimate.Fails f) return new Verdict.CannotServe(workload.name(), id.get(), f.reason());
        Estimate.Fits f = ev.fits(w, e);
        Role role = f.placement().owns() ? Role.SOURCE_OF_TRUTH : Role.DERIVED;
        return new Verdict.Serves(AdviceBuilder.route(ev, w, e, role, 1L << e));
    }

    @Override public Assessment assess(WorkloadsFile file, Set<String> engines) {
        Evaluation ev = new Evaluation(file, catalog, estimator);
        long portfolio = 0;
        for (String text : engines) {
            Optional<String> id = catalog.canonical(text);
            if (id.isPresent()) portfolio |= 1L << ev.engineIndex(id.get());
        }
        portfolio &= ev.allowed;
        int[] routes = Router.route(ev, portfolio);
        Roles.Assignment roles = Roles.assign(ev, portfolio, routes);
        boolean home = (portfolio & ev.homes) != 0;
        List<Advice.Route> served = new ArrayList<>();
        List<Advice.Unserved> unserved = new ArrayList<>();
        for (Workload workload : file.workloads()) {
            int w = ev.indexOf(workload.name());
            int e = routes[w];
            if (e < 0) {
                unserved.add(new Advice.Unserved(workload.name(), missIn(ev, w, portfolio)));
            } else if (!home && workload.durability() == dev.polyglot.workloads.Durability.DURABLE && !ev.fits(w, e).placement().owns()) {
                unserved.add(new Advice.Unserved(workload.name(), ev.engines.get(e).id() + " keeps only a derived copy and no engine of the set is a durable home"));
            } else {
                served.add(AdviceBuilder.route(ev, w, e, roles.roles()[e], portfolio));
            }
        }
        return new Assessment(served, unserved);
    }

    /** Why no engine of the set serves a workload: each one's limit. */
    private static String missIn(Evaluation ev, int w, long portfolio) {
        if (portfolio == 0) return "no engine of the set is in the catalog and allowed";
        List<String> reasons = new ArrayList<>();
        for (long bits = portfolio; bits != 0; bits &= bits - 1) {
            int e = Long.numberOfTrailingZeros(bits);
            if (ev.estimates[w][e] instanceof Estimate.Fails f) reasons.add(f.reason());
        }
        return String.join("; ", reasons);
    }

    @Override public Optional<String> canonicalEngineId(String text) { return catalog.canonical(text); }

    @Override public Set<String> engineIds() { return new LinkedHashSet<>(catalog.ids()); }
}
