package dev.polyglot.check;

import dev.polyglot.advisor.Advisor;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a set of ADRs and collects what they find; a rule never stops another. */
public final class Checker {
    private final Advisor advisor;
    private final WorkloadsSource source;
    private final List<Rule> rules;

    public Checker(Advisor advisor, WorkloadsSource source, List<Rule> rules) {
        this.advisor = advisor;
        this.source = source;
        this.rules = List.copyOf(rules);
    }

    public Checker(Advisor advisor, WorkloadsSource source) { this(advisor, source, Rules.all()); }

    /** The advisor the rules judge with. */
    public Advisor advisor() { return advisor; }

    /** How the workloads files ADRs name are read. */
    public WorkloadsSource source() { return source; }

    /**
     * @param adrs               the ADRs read
     * @param locator            names files in findings
     * @param requireFrontMatter whether an ADR without front matter is a finding
     */
    public CheckResult check(List<Adr> adrs, AdrLocator locator, boolean requireFrontMatter) {
        CheckContext context = new CheckContext(adrs, advisor, source, locator::display, requireFrontMatter);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            Violations violations = new Violations(rule);
            rule.check(context, violations);
            findings.addAll(violations.findings());
        }
        return new CheckResult(adrs, rules, findings, (int) adrs.stream().filter(context::isChecked).count());
    }
}
