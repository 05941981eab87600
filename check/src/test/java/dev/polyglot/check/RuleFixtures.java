package dev.polyglot.check;

import java.nio.file.Path;

/** Shared sample ADR sets for tests outside this package. */
public final class RuleFixtures {
    private RuleFixtures() {}

    /** The table advisor the rule tests use. */
    public static dev.polyglot.advisor.Advisor advisor() { return TableAdvisor.walletkart(); }

    /** Writes a sample repository (walletkart.yml, docs/adr) under root without checking it. */
    public static WorkloadsSource repository(Path root) { return new RuleFixture(root)::read; }

    /** Adds an ADR to a repository made by {@link #repository}. */
    public static void adr(Path root, String name, String text) { new RuleFixture(root).adr(name, text); }

    /** docs/adr with an unserved workload, a misrouted workload, an unjustified engine and a broken status. */
    public static CheckResult sample(Path root) {
        return new RuleFixture(root)
                .accepted("0003-portfolio.md", "[postgres, mysql]", "routes:", "  session tokens: postgres")
                .adr("0004-cache.md", "---\nstatus: acepted\ndate: 2026-11-02\nportfolio: [redis]\n---\n# 4. Cache\n")
                .adr("0001-record-architecture-decisions.md", "# 1. Record architecture decisions\n")
                .check(Rules.all());
    }
}
