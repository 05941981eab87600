package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidWorkloadsRuleTest {
    @TempDir Path root;

    @Test void anInvalidWorkloadsFileIsReportedInThatFileOnceNotThrown() {
        var fixture = new RuleFixture(root)
                .adr("0003-a.md", "---\nstatus: accepted\nworkloads: ../../broken.yml\nportfolio: [postgres]\n---\n")
                .adr("0004-b.md", "---\nstatus: accepted\nworkloads: ../../broken.yml\nportfolio: [redis]\n---\n");
        assertThat(fixture.check(new InvalidWorkloadsRule())).extracting(Finding::file, Finding::line, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("broken.yml", 1,
                        "version must be 1, was 2 (column 10; named by docs/adr/0003-a.md)"));
        assertThat(fixture.check(new UnservedWorkloadRule())).isEmpty();
    }
}
