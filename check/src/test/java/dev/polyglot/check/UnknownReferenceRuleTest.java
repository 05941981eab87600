package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownReferenceRuleTest {
    @TempDir Path root;

    @Test void aMisspeltEngineIsNamedWithASuggestionOnItsOwnLine() {
        var findings = new RuleFixture(root).adr("0003-p.md", "---\nstatus: accepted\nworkloads: ../../walletkart.yml\nportfolio:\n  - postgress\n  - redis\n---\n")
                .check(new UnknownReferenceRule());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).startsWith("unknown engine 'postgress' in portfolio; did you mean 'postgres'?");
        });
    }

    @Test void aMisspeltWorkloadInARouteIsNamedWithASuggestion() {
        var findings = new RuleFixture(root).accepted("0003-p.md", "[postgres, redis]", "routes:", "  wallet balance lookups: postgres")
                .check(new UnknownReferenceRule());
        assertThat(findings).extracting(Finding::message).containsExactly(
                "route names workload 'wallet balance lookups', which is not in walletkart.yml; did you mean 'wallet balance lookup'?");
    }

    @Test void aMissingWorkloadsFileAndADanglingSupersededByAreErrors() {
        var findings = new RuleFixture(root)
                .adr("0003-p.md", "---\nstatus: accepted\nworkloads: ../walletkart.yml\nportfolio: [postgres]\n---\n")
                .adr("0001-old.md", "---\nstatus: superseded\nsuperseded_by: 0009-nowhere.md\nportfolio: [postgres]\n---\n")
                .check(new UnknownReferenceRule());
        assertThat(findings).extracting(Finding::file, Finding::line, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("docs/adr/0001-old.md", 3, "superseded by 0009-nowhere.md, which is not among the ADRs read; "
                        + "name the file of the ADR that replaces this one, relative to this file, or its number"),
                org.assertj.core.groups.Tuple.tuple("docs/adr/0003-p.md", 3, "workloads file ../walletkart.yml does not exist (looked for "
                        + "docs/walletkart.yml); the path is relative to this ADR's directory"));
    }

    @Test void supersededByMayNameTheFileOrTheNumber() {
        var fixture = new RuleFixture(root).adr("0001-a.md", "---\nstatus: superseded\nsuperseded_by: 0002-b.md\nportfolio: [postgres]\n---\n")
                .adr("0002-b.md", "---\nstatus: superseded\nsuperseded_by: \"3\"\nportfolio: [postgres]\n---\n").accepted("0003-c.md", "[postgres, redis]");
        assertThat(fixture.check(new UnknownReferenceRule())).isEmpty();
        assertThat(fixture.adr("0002-b.md", "---\nstatus: superseded\nsuperseded_by: \"4\"\nportfolio: [postgres]\n---\n")
                .check(new UnknownReferenceRule())).extracting(Finding::key).containsExactly("superseded_by:4");
    }
}
