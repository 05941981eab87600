package dev.polyglot.check;

/**
 * A rule that looks at ADRs one at a time, ArchUnit style: the ADRs that {@link #appliesTo} select should
 * satisfy {@link #check(CheckContext, Adr, Decision, Violations)}.
 */
public abstract class AdrRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String description;

    protected AdrRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override public final String id() { return id; }

    @Override public final Severity severity() { return severity; }

    @Override public final String description() { return description; }

    /** Which ADRs the rule looks at; by default those checked against workloads (accepted, not superseded). */
    protected boolean appliesTo(CheckContext context, Adr adr) { return context.isChecked(adr); }

    protected abstract void check(CheckContext context, Adr adr, Decision decision, Violations violations);

    @Override public final void check(CheckContext context, Violations violations) {
        for (Adr adr : context.adrs()) {
            if (!appliesTo(context, adr)) continue;
            context.decision(adr).ifPresent(decision -> check(context, adr, decision, violations));
        }
    }

    @Override public String toString() { return id; }
}
