package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnservedWorkloadRuleTest {
    @TempDir Path root;

    @Test void aWorkloadThePortfolioCannotServeIsAnErrorAtThePortfolioKeySayingWhatToAdd() {
        var findings = new RuleFixture(root).accepted("0003-portfolio.md", "[postgres]").check(new UnservedWorkloadRule());
        assertThat(findings).containsExactly(new Finding("unserved-workload", Severity.ERROR, "docs/adr/0003-portfolio.md", 5,
                "declared portfolio [postgres] cannot serve 'session tokens': p99 budget 1 ms, best postgres estimate 4 ms; "
                        + "add a key-value engine such as redis, or relax the budget", "session tokens"));
    }

    @Test void theRemedyRelaxesWhatTheReasonNamesAndNeverAsksForWhatTheWorkloadAlreadyHas() {
        var none = new dev.polyglot.advisor.Advice("s", java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
        String ephemeral = UnservedWorkloadRule.remedy(none, new dev.polyglot.advisor.Advice.Unserved("carousel",
                "ephemeral data lives only in a cache; postgres is a durable engine (mark the workload durable to let it hold the data)"));
        assertThat(ephemeral).contains("drop its durability: ephemeral").doesNotContain("mark the workload durability: ephemeral");
        String durable = UnservedWorkloadRule.remedy(none, new dev.polyglot.advisor.Advice.Unserved("balance",
                "durable data needs a durable home; memcached is ephemeral and its derived copy offers eventual"));
        assertThat(durable).contains("mark the workload durability: ephemeral if its data may be lost");
    }

    @Test void thePortfolioAdviseProposesPasses() {
        assertThat(new RuleFixture(root).accepted("0003-portfolio.md", "[postgres, redis]").check(new UnservedWorkloadRule())).isEmpty();
    }

    @Test void onlyAcceptedUnsupersededAdrsAreChecked() {
        var fixture = new RuleFixture(root)
                .adr("0001-proposed.md", "---\nstatus: proposed\nworkloads: ../../walletkart.yml\nportfolio: [postgres]\n---\n")
                .adr("0002-old.md", "---\nstatus: superseded\nsuperseded_by: 0003-new.md\nworkloads: ../../walletkart.yml\nportfolio: [postgres]\n---\n")
                .accepted("0003-new.md", "[postgres, redis]");
        assertThat(fixture.check(new UnservedWorkloadRule())).isEmpty();
    }
}
