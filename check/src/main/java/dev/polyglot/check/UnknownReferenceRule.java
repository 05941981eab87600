package dev.polyglot.check;

import dev.polyglot.workloads.Workload;

/** {@code unknown-reference}: an engine id, workload name, workloads file or superseding ADR that does not exist. */
public final class UnknownReferenceRule extends AdrRule {
    public static final String ID = "unknown-reference";

    public UnknownReferenceRule() {
        super(ID, Severity.ERROR, "An engine id, workload name, workloads file or superseding ADR that does not exist.");
    }

    /** Every ADR that takes part: a misspelt engine or a dangling successor is wrong whatever the status. */
    @Override protected boolean appliesTo(CheckContext context, Adr adr) { return adr.takesPart(); }

    @Override protected void check(CheckContext context, Adr adr, Decision decision, Violations violations) {
        decision.portfolio().ifPresent(p -> p.items().forEach(item -> engine(context, adr, item, "portfolio", violations)));
        decision.routes().ifPresent(r -> r.routes().forEach(route -> engine(context, adr, route.engine(), "route '" + route.workload().value() + "'", violations)));
        decision.supersededBy().ifPresent(next -> {
            if (context.resolveAdr(adr, next.value()).isEmpty()) {
                violations.add(adr, next.line(), "superseded_by:" + next.value(), "superseded by " + next.value()
                        + ", which is not among the ADRs read; name the file of the ADR that replaces this one, relative to this file, or its number");
            }
        });
        if (context.isLive(adr)) workloads(context, adr, decision, violations);
    }

    private static void engine(CheckContext context, Adr adr, Decision.Text engine, String where, Violations violations) {
        if (context.advisor().canonicalEngineId(engine.value()).isPresent()) return;
        String suggestion = Suggestions.didYouMean(engine.value(), context.advisor().engineIds());
        violations.add(adr, engine.line(), "engine:" + engine.value(), "unknown engine '" + engine.value() + "' in " + where + (suggestion.isEmpty()
                ? "; use one of " + String.join(", ", new java.util.TreeSet<>(context.advisor().engineIds())) : suggestion));
    }

    private static void workloads(CheckContext context, Adr adr, Decision decision, Violations violations) {
        decision.workloads().ifPresent(w -> context.workloads(adr).ifPresent(linked -> {
            if (linked instanceof LinkedWorkloads.Missing missing) {
                violations.add(adr, w.line(), "workloads:" + w.value(), "workloads file " + w.value() + " does not exist (looked for "
                        + missing.display() + "); the path is relative to this ADR's directory");
            }
        }));
        if (!context.isChecked(adr) || decision.routes().isEmpty()) return;
        context.loadedWorkloads(adr).ifPresent(loaded -> {
            var names = loaded.file().workloads().stream().map(Workload::name).toList();
            for (Decision.DeclaredRoute route : decision.routes().get().routes()) {
                String name = route.workload().value();
                if (names.contains(name)) continue;
                violations.add(adr, route.workload().line(), "workload:" + name, "route names workload '" + name + "', which is not in "
                        + loaded.display() + Suggestions.didYouMean(name, names));
            }
        });
    }
}
