package dev.polyglot.check;

/**
 * A rule that looks at ADRs one at a time, ArchUnit style: the ADRs that {@link #appliesTo} select should
 * satisfy {@link #check(CheckContext, Adr, Decision, Violations)}.
 */
public abstract class AdrRule extends BaseRule {
    protected AdrRule(String id, Severity severity, String description) { super(id, severity, description); }

    /** Which ADRs the rule looks at; by default those checked against workloads (accepted, not superseded). */
    protected boolean appliesTo(CheckContext context, Adr adr) { return context.isChecked(adr); }

    protected abstract void check(CheckContext context, Adr adr, Decision decision, Violations violations);

    @Override public final void check(CheckContext context, Violations violations) {
        for (Adr adr : context.adrs()) {
            if (!appliesTo(context, adr)) continue;
            context.decision(adr).ifPresent(decision -> check(context, adr, decision, violations));
        }
    }
}
