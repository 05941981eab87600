package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidAdrRuleTest {
    @TempDir Path root;

    @Test void missingUnknownAndBadValuesAreReportedAtTheirKeys() {
        var findings = new RuleFixture(root)
                .adr("0001-no-status.md", "---\ndate: 2026-11-01\nportfolio: [postgres]\n---\n")
                .adr("0002-typo.md", "---\nstatus: acepted\ndate: 2026-13-01\nportfolio: [postgres]\n---\n")
                .adr("0003-superseded.md", "---\nstatus: superseded\nportfolio: [postgres]\n---\n")
                .adr("0004-types.md", "---\nstatus: accepted\nworkloads: [a, b]\nportfolio: postgres\nroutes: [x]\n---\n")
                .check(new InvalidAdrRule());
        assertThat(findings).extracting(Finding::file, Finding::line, Finding::key).containsExactly(
                tuple("docs/adr/0001-no-status.md", 1, "status"),
                tuple("docs/adr/0002-typo.md", 2, "status"),
                tuple("docs/adr/0002-typo.md", 3, "date"),
                tuple("docs/adr/0003-superseded.md", 2, "superseded_by"),
                tuple("docs/adr/0004-types.md", 3, "type:workloads"),
                tuple("docs/adr/0004-types.md", 4, "type:portfolio"),
                tuple("docs/adr/0004-types.md", 5, "type:routes"));
        assertThat(findings.get(1).message()).isEqualTo("unknown status 'acepted'; did you mean 'accepted'? "
                + "(one of [proposed, accepted, rejected, deprecated, superseded])");
        assertThat(findings.get(2).message()).isEqualTo("date '2026-13-01' is not a calendar date; write it as YYYY-MM-DD, e.g. 2026-11-01");
    }

    @Test void anAdrThatTakesNoPartIsNeverReportedWhateverItsFrontMatterSays() {
        var findings = new RuleFixture(root).adr("0001-record.md", "# 1. Record decisions\n")
                .adr("0002-madr.md", "---\nstatus: on hold\ndate: 2023-9-31\nparent: Decisions\nnav_order: 2\n---\n# Use X\n")
                .adr("0003-broken.md", "---\nstatus: [accepted\ntitle: 'x\n---\n")
                .adr("0004-superseded.md", "---\nstatus: superseded by [ADR-0099](0099-nowhere.md)\n---\n")
                .check(Rules.all()).findings();
        assertThat(findings).isEmpty();
    }

    @Test void aSupersessionCycleIsReported() {
        var findings = new RuleFixture(root).adr("0001-a.md", "---\nstatus: superseded\nsuperseded_by: 0002-b.md\nportfolio: [postgres]\n---\n")
                .adr("0002-b.md", "---\nstatus: superseded\nsuperseded_by: 0001-a.md\nportfolio: [postgres]\n---\n").check(new InvalidAdrRule());
        assertThat(findings).extracting(Finding::message).contains(
                "supersession goes round in a circle: 0001-a.md -> 0002-b.md -> 0001-a.md; the newest ADR must not be superseded");
    }

    @Test void brokenYamlAndDuplicateKeysAreFindingsNotCrashes() {
        var findings = new RuleFixture(root).adr("0001-a.md", "---\nstatus: accepted\nstatus: proposed\nroutes: {}\n---\n")
                .adr("0002-b.md", "---\nstatus: [accepted\nportfolio: [postgres]\n---\n").check(new InvalidAdrRule());
        assertThat(findings).extracting(Finding::file, Finding::key).contains(
                tuple("docs/adr/0001-a.md", "duplicate:status"), tuple("docs/adr/0002-b.md", "front-matter"));
    }

    @Test void aMisspeltKeyIsNamedButTheTeamsOwnKeysAreLeftAlone() {
        var findings = new RuleFixture(root).adr("0001-a.md", "---\nstatus: superseded\nsuperseded-by: 0002-b.md\n"
                + "deciders: [riya]\nconsulted: [ops]\ninformed: [all]\ntags: [db]\nportfolio: [postgres]\n---\n").check(new InvalidAdrRule());
        assertThat(findings).extracting(Finding::line, Finding::message).contains(tuple(3,
                "unknown key 'superseded-by', did you mean 'superseded_by'? (check reads status, date, workloads, portfolio, routes, superseded_by)"));
        assertThat(findings).extracting(Finding::key).doesNotContain("key:deciders", "key:consulted", "key:informed", "key:tags");
    }

    @Test void aValidAdrHasNoFinding() {
        assertThat(new RuleFixture(root).accepted("0003-p.md", "[postgres, redis]").check(new InvalidAdrRule())).isEmpty();
    }
}
