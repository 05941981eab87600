package dev.polyglot.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one rule's findings. The rule says where and what; the collector fills in the rule id and
 * severity, so every finding a rule writes is labelled the same way.
 */
public final class Violations {
    private final Rule rule;
    private final List<Finding> findings = new ArrayList<>();

    public Violations(Rule rule) { this.rule = rule; }

    /** A finding in an ADR, at the line of the offending key. */
    public void add(Adr adr, int line, String key, String message) { add(adr.displayPath(), line, key, message); }

    /** A finding in any file (a workloads file an ADR names). */
    public void add(String file, int line, String key, String message) {
        findings.add(new Finding(rule.id(), rule.severity(), file, Math.max(1, line), message, key));
    }

    public List<Finding> findings() { return List.copyOf(findings); }
}
