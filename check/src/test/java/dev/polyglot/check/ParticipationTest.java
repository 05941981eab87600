package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which ADRs take part (front matter naming workloads, portfolio or routes), and how statuses are read as authors write them. */
class ParticipationTest {
    @TempDir Path root;

    private static final String MADR_TEMPLATE = """
            ---
            # These are optional elements. Feel free to remove any of them.
            status: "{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}"
            date: {YYYY-MM-DD when the decision was last updated}
            decision-makers: {list everyone involved in the decision}
            consulted: {list everyone whose opinions are sought}
            informed: {list everyone who is kept up-to-date on progress}
            ---
            # {short title, representative of solved problem and found solution}
            """;

    @Test void adrsWithoutPolyglotKeysNeverProduceAFindingWhateverTheyHold() throws IOException {
        RuleFixture fixture = new RuleFixture(root)
                .adr("0001-placeholders.md", MADR_TEMPLATE)
                .adr("0002-bom.md", "\uFEFF---\nstatus: on hold\ndate: 2023-9-15\n---\n# BOM\n")
                .adr("0003-crlf.md", "---\r\nstatus: Accepted\r\ndate: 2023-13-45\r\nparent: Decisions\r\nnav_order: 3\r\n---\r\n# CRLF\r\n")
                .adr("0004-データベースの選択.md", "---\nstatus: 承認済み\ntitle: データベース\n---\n# PostgreSQL を使う\n")
                .adr("0005-entscheidung-über-datenbanken.md", "---\nStatus: angenommen\nstatus: superseded by [ADR-0062](0062-open-api-payload.md)\n---\n")
                .adr("0006-broken.md", "---\nstatus: [accepted\ntitle: 'unclosed\n---\n# Broken YAML of the team's own\n")
                .adr("0007-unclosed.md", "---\nstatus: accepted\n# never closed\n")
                .adr("0008-large.md", "---\nstatus: whatever\n---\n# Large\n\n" + "A line of a long decision record. ".repeat(3_200))
                .adr("adr009-docusaurus.md", "---\nid: adrs-adr009\ntitle: 'ADR009: Entity references'\n# prettier-ignore\ndescription: x\n---\n");
        Files.write(root.resolve("docs/adr/0010-latin-1.md"), "---\nstatus: accept\u00e9\n---\n# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Files.size(root.resolve("docs/adr/0008-large.md"))).isGreaterThan(100_000);

        CheckResult result = fixture.requireFrontMatter().check(Rules.all());
        assertThat(result.adrs()).hasSize(10);
        assertThat(result.takingPart()).isZero();
        // under --require-front-matter each is one warning naming the keys to add, and nothing else
        assertThat(result.findings()).hasSize(10).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(NotTakingPartRule.ID);
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("add workloads: (the workloads file, relative to this ADR) and portfolio: [engine, ...]");
        });
        assertThat(new RuleFixture(root).check(Rules.all()).findings()).isEmpty();
    }

    @Test void aBomAndCrlfDoNotHideAnAdrThatTakesPartAndItsFindingsKeepTheirLines() {
        var findings = new RuleFixture(root)
                .adr("0001-crlf.md", "\uFEFF---\r\nstatus: acepted\r\nportfolio: [postgres]\r\n---\r\n# CRLF\r\n")
                .adr("0002-broken.md", "---\nstatus: [accepted\nportfolio: [postgres]\n---\n")
                .check(Rules.all()).findings();
        assertThat(findings).extracting(Finding::file, Finding::rule).containsExactly(
                tuple("docs/adr/0001-crlf.md", InvalidAdrRule.ID), tuple("docs/adr/0002-broken.md", InvalidAdrRule.ID));
        assertThat(findings.get(0).line()).isEqualTo(2);
        assertThat(findings.get(1).message()).startsWith("front matter is not valid YAML");
    }

    @Test void aTakingPartAdrAcceptsMadrsOwnKeysAndUnpaddedDates() {
        var result = new RuleFixture(root).adr("0003-p.md", """
                ---
                status: Accepted
                date: 2023-9-5
                decision-makers: [riya, tom]
                deciders: riya
                consulted: [ops]
                informed: [everyone]
                tags: [database]
                id: adr-0003
                title: Database portfolio
                workloads: ../../walletkart.yml
                portfolio: [postgres, redis]
                ---
                # Database portfolio
                """).check(Rules.all());
        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"accepted", "Accepted", "ACCEPTED", "\"accepted\""})
    void statusesAreCaseInsensitive(String status) {
        var result = new RuleFixture(root).adr("0003-p.md", "---\nstatus: " + status + "\nworkloads: ../../walletkart.yml\nportfolio: [postgres, redis]\n---\n")
                .check(Rules.all());
        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).isEqualTo(1);
    }

    /** Each form names 0007-new.md as the successor: the old ADR is history (not checked), and nothing is reported. */
    @ParameterizedTest
    @ValueSource(strings = {
            "status: superseded by ADR-0007",
            "status: Superseded by [ADR-0007](0007-new.md)",
            "status: \"superseded by [ADR-0007](0007-new.md)\"",
            "status: superseded by 0007-new.md",
            "status: SUPERSEDED BY [the new one](./0007-new.md#decision-outcome)",
            "status: superseded by [7. New](<0007-new.md>)",
            "status: superseded by 7",
            "status: Superseded\nsuperseded_by: 0007-new.md",
            "status: superseded\nsuperseded_by: ADR-0007"})
    void everySupersededFormResolvesItsSuccessor(String status) {
        RuleFixture fixture = new RuleFixture(root)
                .adr("0001-old.md", "---\n" + status + "\nworkloads: ../../walletkart.yml\nportfolio: [mysql]\n---\n# Old\n")
                .accepted("0007-new.md", "[postgres, redis]");
        CheckResult result = fixture.check(Rules.all());
        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).isEqualTo(1);
        Adr old = result.adrs().get(0);
        CheckContext context = new CheckContext(result.adrs(), TableAdvisor.walletkart(), fixture::read, p -> p.toString(), false);
        assertThat(context.isSuperseded(old)).isTrue();
        String successor = context.decision(old).flatMap(Decision::supersededBy).orElseThrow().value();
        assertThat(context.resolveAdr(old, successor)).map(Adr::fileName).contains("0007-new.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"superseded by [ADR-0062](0062-open-api-payload.md)", "superseded by ADR-0062", "superseded by 0062-x.md"})
    void anUnresolvableSuccessorInTheStatusIsAnUnknownReference(String status) {
        var findings = new RuleFixture(root).adr("0001-old.md", "---\nstatus: " + status + "\nportfolio: [postgres]\n---\n")
                .check(Rules.all()).findings();
        assertThat(findings).extracting(Finding::rule, Finding::line).containsExactly(tuple(UnknownReferenceRule.ID, 2));
        assertThat(findings.get(0).message()).startsWith("superseded by ").contains("which is not among the ADRs read");
    }

    @Test void aFolderAdrIsResolvedByItsFolderName() {
        RuleFixture fixture = new RuleFixture(root)
                .adr("2022-02-03-old/README.md", "---\nstatus: superseded by [new](../2022-03-01-new/README.md)\nportfolio: [mysql]\n---\n")
                .adr("2022-02-04-older/README.md", "---\nstatus: superseded by 2022-03-01-new\nportfolio: [mysql]\n---\n")
                .adr("2022-03-01-new/README.md", "---\nstatus: proposed\nportfolio: [postgres]\n---\n");
        assertThat(fixture.check(Rules.all()).findings()).isEmpty();
    }

    @Test void statusParsingKeepsOtherWordsApart() {
        assertThat(AdrStatus.parse("superseded by ADR-0007")).contains(AdrStatus.SUPERSEDED);
        assertThat(AdrStatus.successor("Superseded by [ADR-0007](0007-x.md)")).contains("0007-x.md");
        assertThat(AdrStatus.successor("superseded by `0007-x.md`")).contains("0007-x.md");
        assertThat(AdrStatus.successor("superseded by")).isEmpty();
        assertThat(AdrStatus.successor("accepted")).isEmpty();
        assertThat(AdrStatus.parse("on hold")).isEmpty();
        assertThat(List.of("Proposed", "REJECTED", "Deprecated")).allSatisfy(s -> assertThat(AdrStatus.parse(s)).isPresent());
    }
}
