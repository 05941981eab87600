package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverEngineLimitRuleTest {
    @TempDir Path root;

    @Test void morePortfolioEnginesThanMaxEnginesIsAnError() {
        var findings = new RuleFixture(root).maxEngines(2).accepted("0003-p.md", "[postgres, redis, elasticsearch]").check(new OverEngineLimitRule());
        assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(5,
                "declared portfolio [postgres, redis, elasticsearch] has 3 engines but constraints.max_engines in walletkart.yml is 2; "
                        + "drop 1 of them or raise max_engines"));
    }

    @Test void aliasesOfOneEngineCountOnceAndTheLimitItselfPasses() {
        assertThat(new RuleFixture(root).maxEngines(2).accepted("0003-p.md", "[postgres, redis, valkey]").check(new OverEngineLimitRule())).isEmpty();
    }
}
