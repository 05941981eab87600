package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictingDecisionsRuleTest {
    @TempDir Path root;

    @Test void twoAcceptedAdrsDecidingTheSameFileConflictEvenWhenSpelledDifferently() {
        var findings = new RuleFixture(root).accepted("0003-a.md", "[postgres, redis]")
                .adr("0005-b.md", "---\nstatus: accepted\nworkloads: ./../../docs/../walletkart.yml\nportfolio: [postgres, redis]\n---\n")
                .check(new ConflictingDecisionsRule());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("docs/adr/0005-b.md");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).startsWith("both this ADR and docs/adr/0003-a.md are accepted and decide the portfolio of");
        });
    }

    @Test void aSupersededDecisionDoesNotConflictWithItsSuccessor() {
        var findings = new RuleFixture(root)
                .adr("0003-a.md", "---\nstatus: superseded\nsuperseded_by: 0005-b.md\nworkloads: ../../walletkart.yml\nportfolio: [postgres]\n---\n")
                .accepted("0005-b.md", "[postgres, redis]").check(new ConflictingDecisionsRule());
        assertThat(findings).isEmpty();
    }
}
