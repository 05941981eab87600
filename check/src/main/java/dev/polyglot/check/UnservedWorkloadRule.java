package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Assessment;
import dev.polyglot.workloads.StandardEngineIds;
import java.util.Optional;
import java.util.Set;

/** {@code unserved-workload}: a workload the declared portfolio cannot serve inside its budget, shape and consistency. */
public final class UnservedWorkloadRule extends AdrRule {
    public static final String ID = "unserved-workload";

    public UnservedWorkloadRule() {
        super(ID, Severity.ERROR, "A workload in the named workloads file that the declared portfolio cannot serve inside its budget, shape and consistency.");
    }

    @Override protected void check(CheckContext context, Adr adr, Decision decision, Violations violations) {
        if (decision.portfolio().isEmpty()) return;
        Decision.Listing portfolio = decision.portfolio().get();
        context.loadedWorkloads(adr).ifPresent(loaded -> {
            Set<String> engines = context.knownEngines(portfolio);
            Assessment assessment = context.assess(loaded, engines);
            for (Advice.Unserved unserved : assessment.unserved()) {
                violations.add(adr, portfolio.line(), unserved.workload(),
                        "declared portfolio " + portfolio.values() + " cannot serve '" + unserved.workload() + "': "
                                + unserved.reason() + "; " + remedy(loaded.advice(), unserved));
            }
        });
    }

    /** What to change: add the engine advise routes the workload to, or relax what the workload asks. */
    static String remedy(Advice advice, Advice.Unserved unserved) {
        Optional<Advice.Route> advised = advice.routes().stream().filter(r -> r.workload().equals(unserved.workload())).findFirst();
        Optional<String> relax = relaxation(unserved.reason());
        if (advised.isEmpty()) {
            String why = advice.unserved().stream().filter(u -> u.workload().equals(unserved.workload()))
                    .map(Advice.Unserved::reason).findFirst().orElse("no route");
            return "no allowed engine serves it either (" + why + "); " + relax.orElse("relax the workload's requirements or the constraints");
        }
        String engine = advised.get().engine();
        return "add " + article(family(advice, engine)) + " engine such as " + engine + relax.map(r -> ", or " + r).orElse("");
    }

    static String family(Advice advice, String engine) {
        return advice.portfolio().stream().filter(e -> e.engine().equals(engine)).map(Advice.PortfolioEntry::family).findFirst()
                .orElseGet(() -> StandardEngineIds.FAMILIES.getOrDefault(engine, "suitable"));
    }

    private static String article(String word) { return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word; }

    /** The requirement the workload could give up, judged from the advisor's reason; none for a shape no engine of the set serves. */
    private static Optional<String> relaxation(String reason) {
        if (reason.contains("p99") || reason.contains("budget")) return Optional.of("relax the budget");
        if (reason.contains("ephemeral data lives only in a cache")) return Optional.of("drop its durability: ephemeral if a durable engine may hold the data");
        if (reason.contains("durable")) return Optional.of("mark the workload durability: ephemeral if its data may be lost");
        if (reason.contains("consisten") || reason.contains("stale") || reason.contains("strong")) return Optional.of("relax the consistency it asks for");
        return Optional.empty();
    }
}
