package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnjustifiedEngineRuleTest {
    @TempDir Path root;

    @Test void anEngineTheRestCanDoWithoutIsAWarningOnItsOwnLine() {
        var findings = new RuleFixture(root).adr("0003-p.md", "---\nstatus: accepted\nworkloads: ../../walletkart.yml\nportfolio:\n"
                + "  - postgres\n  - redis\n  - mysql\n---\n").check(new UnjustifiedEngineRule());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.message()).isEqualTo("mysql is not needed: without it the rest of the portfolio [postgres, redis] still serves every workload; "
                    + "drop it, or add to the workloads file the workload it is for");
        });
    }

    @Test void theHeadroomEngineAndANextEngineAreJustified() {
        assertThat(new RuleFixture(root).accepted("0003-p.md", "[postgres, redis, elasticsearch, clickhouse]")
                .check(new UnjustifiedEngineRule())).isEmpty();
    }
}
