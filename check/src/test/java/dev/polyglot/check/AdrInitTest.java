package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check --init}: polyglot's keys spliced into an ADR, every byte it had kept in order. */
class AdrInitTest {
    private static byte[] bytes(String text) { return text.getBytes(StandardCharsets.UTF_8); }

    private static AdrInit.Outcome.Added added(String original, String workloads, List<String> portfolio) {
        AdrInit.Outcome outcome = AdrInit.addKeys(bytes(original), workloads, portfolio);
        assertThat(outcome).isInstanceOf(AdrInit.Outcome.Added.class);
        return (AdrInit.Outcome.Added) outcome;
    }

    /** The result with the inserted text removed must be the original, byte for byte. */
    private static void keepsEveryByte(String original, String result, String inserted) {
        int at = result.indexOf(inserted);
        assertThat(at).isNotNegative();
        assertThat(bytes(result.substring(0, at) + result.substring(at + inserted.length()))).isEqualTo(bytes(original));
    }

    @Test void madrFrontMatterWithBomAndCrlfGetsTheKeysBeforeItsClosingFence() {
        String original = "\uFEFF---\r\nstatus: accepted\r\ndate: 2023-9-15\r\ndeciders: [riya] # team's own\r\nnav_order: 4\r\n---\r\n"
                + "# Use Postgres and Redis\r\n\r\nÜberall — ünïcode body, trailing spaces   \r\n";
        var added = added(original, "../../walletkart.yml", List.of("postgres", "redis"));
        String result = new String(added.bytes(), StandardCharsets.UTF_8);
        String inserted = "workloads: ../../walletkart.yml\r\nportfolio: [postgres, redis]\r\n";
        assertThat(result).contains("nav_order: 4\r\n" + inserted + "---\r\n");
        keepsEveryByte(original, result, inserted);
        assertThat(added.keys()).containsExactly("workloads: ../../walletkart.yml", "portfolio: [postgres, redis]");
        Adr adr = AdrReader.parse(java.nio.file.Path.of("/r/0004-x.md"), "0004-x.md", AdrReader.lines(added.bytes()));
        assertThat(adr.takesPart()).isTrue();
        assertThat(Decision.of(adr.frontMatter().orElseThrow()).parsedStatus()).contains(AdrStatus.ACCEPTED);
    }

    @Test void aNygardAdrWithoutFrontMatterGetsABlockAtTheTopWithTheStatusOfItsBody() {
        String original = "# 3. Use Postgres\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n";
        var added = added(original, "../workloads.yml", List.of("postgres"));
        String inserted = "---\nstatus: Accepted\nworkloads: ../workloads.yml\nportfolio: [postgres]\n---\n";
        assertThat(new String(added.bytes(), StandardCharsets.UTF_8)).isEqualTo(inserted + original);
    }

    @Test void madr2StatusLinesAndUnknownBodiesGiveAStatus() {
        assertThat(AdrInit.bodyStatus(List.of("# T", "", "* Status: superseded by [0007](0007-x.md)", "* Date: 2020-01-02")))
                .contains("superseded by [0007](0007-x.md)");
        assertThat(AdrInit.bodyStatus(List.of("# T", "- **Status**: Proposed"))).contains("Proposed");
        assertThat(AdrInit.bodyStatus(List.of("# T", "## Status", "", "Accepted on 2020-01-02 by the team"))).contains("accepted");
        String quoted = new String(added("# T\n\n- Status: on hold\n", "w.yml", List.of("redis")).bytes(), StandardCharsets.UTF_8);
        assertThat(quoted).startsWith("---\nstatus: proposed\nworkloads: w.yml\nportfolio: [redis]\n---\n# T\n");
    }

    @Test void anAdrThatAlreadyTakesPartOrDoesNotParseIsLeftAlone() {
        assertThat(AdrInit.addKeys(bytes("---\nstatus: accepted\nportfolio: [postgres]\n---\n"), "w.yml", List.of("redis")))
                .isEqualTo(new AdrInit.Outcome.Refused("it already takes part (portfolio: on line 3); edit its keys by hand"));
        assertThat(AdrInit.addKeys(bytes("---\nstatus: [accepted\n---\n"), "w.yml", List.of("redis")))
                .isInstanceOfSatisfying(AdrInit.Outcome.Refused.class, r -> assertThat(r.message()).startsWith("its front matter does not parse"));
        assertThat(AdrInit.addKeys(bytes("---\n{status: accepted}\n---\n"), "w.yml", List.of("redis")))
                .isInstanceOfSatisfying(AdrInit.Outcome.Refused.class, r -> assertThat(r.message()).contains("cannot be added safely"));
    }
}
