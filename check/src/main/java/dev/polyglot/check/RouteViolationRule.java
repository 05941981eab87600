package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Verdict;
import dev.polyglot.workloads.Workload;
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
        if (!portfolio.isEmpty() && !portfolio.contains(engine)) {
            violations.add(adr, line, key, "route '" + name + "' goes to " + engine + ", which is not in the declared portfolio "
                    + portfolio + "; add " + engine + " to the portfolio or route it to " + alternative(context, loaded, portfolio, name));
            return;
        }
        if (context.advisor().evaluate(loaded.file(), workload, engine) instanceof Verdict.CannotServe cannot) {
            violations.add(adr, line, key, "route '" + name + "' goes to " + engine + ", which cannot serve it: " + cannot.reason()
                    + "; route it to " + alternative(context, loaded, portfolio, name));
        }
    }

    /** Where the portfolio's own best route goes, else where advise would send it. */
    private static String alternative(CheckContext context, LinkedWorkloads.Loaded loaded, Set<String> portfolio, String workload) {
        Optional<String> inPortfolio = portfolio.isEmpty() ? Optional.empty()
                : context.assess(loaded, portfolio).routes().stream().filter(r -> r.workload().equals(workload)).map(Advice.Route::engine).findFirst();
        return inPortfolio.orElseGet(() -> loaded.advice().routes().stream().filter(r -> r.workload().equals(workload))
                .map(Advice.Route::engine).findFirst().map(e -> e + " (what advise proposes)").orElse("an engine that serves it"));
    }
}
