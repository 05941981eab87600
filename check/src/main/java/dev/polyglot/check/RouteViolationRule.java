package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Role;
import dev.polyglot.advisor.Verdict;
import dev.polyglot.workloads.Workload;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code route-violation}: a declared route to an engine that cannot serve that workload, or that is not in the portfolio. */
public final class RouteViolationRule extends AdrRule {
    public static final String ID = "route-violation";

    public RouteViolationRule() {
        super(ID, Severity.ERROR, "A declared route sends a workload to an engine that cannot serve it, or that is not in the declared portfolio.");
    }

    @Override protected void check(CheckContext context, Adr adr, Decision decision, Violations violations) {
        if (decision.routes().isEmpty()) return;
        context.loadedWorkloads(adr).ifPresent(loaded -> {
            Set<String> portfolio = decision.portfolio().map(context::knownEngines).orElse(Set.of());
            for (Decision.DeclaredRoute route : decision.routes().get().routes()) {
                Optional<Workload> workload = loaded.file().workload(route.workload().value());
                Optional<String> engine = context.advisor().canonicalEngineId(route.engine().value());
                if (workload.isEmpty() || engine.isEmpty()) continue; // unknown-reference reports those
                check(context, adr, loaded, portfolio, route, workload.get(), engine.get(), violations);
            }
        });
    }

    private static void check(CheckContext context, Adr adr, LinkedWorkloads.Loaded loaded, Set<String> portfolio,
                              Decision.DeclaredRoute route, Workload workload, String engine, Violations violations) {
        String name = workload.name();
        String key = name + " -> " + engine;
        int line = route.workload().line();
        Alternative alternative = alternative(context, loaded, portfolio, name);
        if (!portfolio.isEmpty() && !portfolio.contains(engine)) {
            String remedy = alternative.engine().filter(engine::equals).isPresent()
                    ? "add " + engine + " to the portfolio (advise routes it to " + engine + " too)"
                    : "add " + engine + " to the portfolio or route it to " + alternative.described();
            violations.add(adr, line, key, "route '" + name + "' goes to " + engine + ", which is not in the declared portfolio " + portfolio + "; " + remedy);
            return;
        }
        // evaluate judges the engine alone; the declared portfolio may make up what it lacks (a durable home for a cache)
        boolean portfolioRoutesItThere = !alternative.fromAdvise() && alternative.engine().filter(engine::equals).isPresent();
        if (!portfolioRoutesItThere && context.advisor().evaluate(loaded.file(), workload, engine) instanceof Verdict.CannotServe cannot) {
            violations.add(adr, line, key, "route '" + name + "' goes to " + engine + ", which cannot serve it: " + cannot.reason() + "; "
                    + (alternative.engine().filter(engine::equals).isPresent() ? sameEngine(loaded, portfolio, engine) : "route it to " + alternative.described()));
        }
    }

    /**
     * When advise routes the workload to the same engine, the route is right and the portfolio is short of what
     * the engine needs beside it (a durable home for a cache, say): name those engines, not the route.
     */
    private static String sameEngine(LinkedWorkloads.Loaded loaded, Set<String> portfolio, String engine) {
        List<String> missing = loaded.advice().portfolio().stream().filter(e -> e.role() != Role.HEADROOM) // headroom is for tomorrow
                .map(Advice.PortfolioEntry::engine).filter(e -> !portfolio.contains(e)).toList();
        return missing.isEmpty() ? "advise routes it to " + engine + " too; change the workload or the catalog, not the route"
                : "advise routes it to " + engine + " too, with " + String.join(", ", missing) + " beside it; keep the route and add "
                + String.join(", ", missing) + " to the portfolio";
    }

    /** Where the workload should go instead: the portfolio's own best route, else advise's, else nowhere known. */
    private record Alternative(Optional<String> engine, boolean fromAdvise) {
        String described() { return engine.map(e -> fromAdvise ? e + " (what advise proposes)" : e).orElse("an engine that serves it"); }
    }

    private static Alternative alternative(CheckContext context, LinkedWorkloads.Loaded loaded, Set<String> portfolio, String workload) {
        Optional<String> inPortfolio = portfolio.isEmpty() ? Optional.empty()
                : context.assess(loaded, portfolio).routes().stream().filter(r -> r.workload().equals(workload)).map(Advice.Route::engine).findFirst();
        if (inPortfolio.isPresent()) return new Alternative(inPortfolio, false);
        return new Alternative(loaded.advice().routes().stream().filter(r -> r.workload().equals(workload)).map(Advice.Route::engine).findFirst(), true);
    }
}
