package dev.polyglot.check;

import java.util.List;

/**
 * What one run found.
 *
 * @param adrs     every ADR found, in path order (taking part or not)
 * @param rules    the rules that ran
 * @param findings every finding, in {@link Finding#ORDER}
 * @param checked  how many ADRs were checked against workloads (accepted, not superseded)
 */
public record CheckResult(List<Adr> adrs, List<Rule> rules, List<Finding> findings, int checked) {
    /** How many of the ADRs take part: their front matter names one of polyglot's keys. */
    public int takingPart() { return (int) adrs.stream().filter(Adr::takesPart).count(); }

    public CheckResult {
        adrs = List.copyOf(adrs);
        rules = List.copyOf(rules);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    public long errors() { return findings.stream().filter(Finding::isError).count(); }

    public long warnings() { return findings.size() - errors(); }
}
