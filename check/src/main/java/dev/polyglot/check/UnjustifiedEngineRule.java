package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unjustified-engine} (warning): an engine no workload needs once the rest of the portfolio is counted,
 * other than the one headroom engine advise proposes or an engine advise names as a next engine.
 * The headroom engine is left out of "the rest": it is there for tomorrow, so it cannot make another engine
 * redundant today.
 */
public final class UnjustifiedEngineRule extends AdrRule {
    public static final String ID = "unjustified-engine";

    public UnjustifiedEngineRule() {
        super(ID, Severity.WARNING, "An engine that no workload needs once the rest of the portfolio is counted, other than the headroom "
                + "engine advise proposes or an engine advise names as a next_engine.");
    }

    @Override protected void check(CheckContext context, Adr adr, Decision decision, Violations violations) {
        if (decision.portfolio().isEmpty()) return;
        Decision.Listing portfolio = decision.portfolio().get();
        context.loadedWorkloads(adr).ifPresent(loaded -> {
            Set<String> engines = context.knownEngines(portfolio);
            Optional<String> headroom = CheckContext.headroom(loaded.advice());
            List<String> next = loaded.advice().growth().stream().flatMap(g -> g.nextEngine().stream()).toList();
            Set<String> unservedWithAll = unserved(context, loaded, engines);
            for (String engine : engines) {
                if (headroom.filter(engine::equals).isPresent() || next.contains(engine)) continue;
                Set<String> rest = new LinkedHashSet<>(engines);
                rest.remove(engine);
                headroom.ifPresent(rest::remove);
                if (unservedWithAll.containsAll(unserved(context, loaded, rest))) {
                    violations.add(adr, line(portfolio, context, engine), engine, engine + " is not needed: without it the rest of the portfolio "
                            + rest + (unservedWithAll.isEmpty() ? " still serves every workload" : " serves every workload the whole portfolio serves")
                            + "; drop it, or add to the workloads file the workload it is for");
                }
            }
        });
    }

    private static Set<String> unserved(CheckContext context, LinkedWorkloads.Loaded loaded, Set<String> engines) {
        Set<String> names = new LinkedHashSet<>();
        context.assess(loaded, engines).unserved().forEach(u -> names.add(u.workload()));
        return names;
    }

    private static int line(Decision.Listing portfolio, CheckContext context, String engine) {
        return portfolio.items().stream().filter(i -> context.advisor().canonicalEngineId(i.value()).filter(engine::equals).isPresent())
                .mapToInt(Decision.Text::line).findFirst().orElse(portfolio.line());
    }
}
