package dev.polyglot.check;

import java.util.LinkedHashSet;
import java.util.Set;
import dev.polyglot.workloads.Identifiers;

/** {@code over-engine-limit}: the declared portfolio has more distinct engines than {@code constraints.max_engines}. */
public final class OverEngineLimitRule extends AdrRule {
    public static final String ID = "over-engine-limit";

    public OverEngineLimitRule() {
        super(ID, Severity.ERROR, "The declared portfolio has more distinct engines than constraints.max_engines of the workloads file allows.");
    }

    @Override protected void check(CheckContext context, Adr adr, Decision decision, Violations violations) {
        if (decision.portfolio().isEmpty()) return;
        Decision.Listing portfolio = decision.portfolio().get();
        context.loadedWorkloads(adr).ifPresent(loaded -> loaded.file().constraints().maxEngines().ifPresent(max -> {
            Set<String> distinct = new LinkedHashSet<>();
            for (Decision.Text item : portfolio.items()) {
                distinct.add(context.advisor().canonicalEngineId(item.value()).orElse(Identifiers.normalize(item.value())));
            }
            if (distinct.size() > max) {
                violations.add(adr, portfolio.line(), "max_engines", "declared portfolio " + distinct + " has " + distinct.size()
                        + " engines but constraints.max_engines in " + loaded.display() + " is " + max
                        + "; drop " + (distinct.size() - max) + " of them or raise max_engines");
            }
        }));
    }
}
