package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.check.RuleFixtures;
import dev.polyglot.check.WorkloadsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The check subcommand through picocli: exit codes, formats, baseline and the GitHub step summary. */
class CheckCommandTest {
    @TempDir Path root;
    private WorkloadsSource source;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static final String PASSING = "---\nstatus: accepted\nworkloads: ../../walletkart.yml\nportfolio: [postgres, redis]\n---\n# 3. Portfolio\n";

    @BeforeEach void repository() { source = RuleFixtures.repository(root); }

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = new CommandLine(new CheckCommand(RuleFixtures::advisor, source, env, root));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) { return run(Map.of(), args); }

    @Test void aDecisionThatHoldsPassesWithExitZero() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING);
        assertThat(run()).isZero();
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 1 ADR found (1 takes part, 1 checked against workloads)\n");
    }

    @Test void anErrorExitsOneAndNamesFileAndLine() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING.replace("[postgres, redis]", "[postgres]"));
        assertThat(run("docs/adr")).isEqualTo(1);
        assertThat(out.toString()).startsWith("docs/adr/0003-portfolio.md:4: error [unserved-workload] declared portfolio [postgres] cannot serve 'session tokens'");
    }

    @Test void warningsFailOnlyUnderStrict() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING.replace("[postgres, redis]", "[postgres, redis, mysql]"));
        assertThat(run()).isZero();
        assertThat(run("--strict")).isEqualTo(1);
        assertThat(out.toString()).contains("warning [unjustified-engine] mysql is not needed");
    }

    @Test void badArgumentsAndMissingPathsExitTwoWithOneMessage() {
        assertThat(run("docs/adr")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("polyglot check: docs/adr: no such file or directory (ADRs are looked for in docs/adr by default; pass their directory)\n");
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING);
        assertThat(run("--format", "yaml")).isEqualTo(2);
        assertThat(run("--update-baseline")).isEqualTo(2);
        assertThat(run("--baseline", "missing.json")).isEqualTo(2);
    }

    @Test void aDirectoryWithoutAdrsPassesButSaysSo() throws IOException {
        Files.createDirectories(root.resolve("docs/adr"));
        Files.writeString(root.resolve("docs/adr/README.md"), "# Decisions\n");
        assertThat(run()).isZero();
        assertThat(err.toString()).startsWith("polyglot check: no ADR in the default folders (looked for 0007-title.md, adr-007-title.md");
    }

    @Test void jsonFollowsTheContract() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING.replace("status: accepted", "status: acepted"));
        assertThat(run("--format", "json")).isEqualTo(1);
        assertThat(out.toString()).contains("\"rule\" : \"invalid-adr\"", "\"severity\" : \"error\"", "\"file\" : \"docs/adr/0003-portfolio.md\"",
                "\"line\" : 2", "\"errors\" : 1", "\"warnings\" : 0");
    }

    @Test void githubFormatAnnotatesAndAppendsTheStepSummary() throws IOException {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING.replace("[postgres, redis]", "[postgres]"));
        Path summary = root.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        assertThat(run(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "--format", "github")).isEqualTo(1);
        assertThat(out.toString()).startsWith("::error file=docs/adr/0003-portfolio.md,line=4::[unserved-workload] declared portfolio [postgres]");
        assertThat(Files.readString(summary)).startsWith("earlier step\n## polyglot check: failed\n");
    }

    @Test void aBaselineAcceptsRecordedFindingsFailsOnNewOnesAndReportsFixedOnes() throws IOException {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING.replace("[postgres, redis]", "[postgres]"));
        assertThat(run("--baseline", "baseline.json", "--update-baseline")).isZero();
        String recorded = Files.readString(root.resolve("baseline.json"));
        assertThat(recorded).contains("\"key\" : \"session tokens\"");

        assertThat(run("--baseline", "baseline.json")).isZero();

        RuleFixtures.adr(root, "0004-typo.md", "---\nstatus: acepted\nportfolio: [redis]\n---\n");
        assertThat(run("--baseline", "baseline.json")).isEqualTo(1);

        RuleFixtures.adr(root, "0004-typo.md", "# 4. No front matter\n");
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING);
        out.getBuffer().setLength(0);
        assertThat(run("--baseline", "baseline.json")).isZero();
        assertThat(out.toString()).contains("docs/adr/0003-portfolio.md: fixed [unserved-workload]", "0 accepted by the baseline, 1 fixed");
        assertThat(Files.readString(root.resolve("baseline.json"))).isEqualTo(recorded);
    }

    @Test void sarifAndJunitAreWritten() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING);
        assertThat(run("--format", "sarif")).isZero();
        assertThat(out.toString()).contains("\"version\" : \"2.1.0\"", "\"id\" : \"unserved-workload\"");
        assertThat(run("--format", "junit")).isZero();
        assertThat(out.toString()).contains("<testcase classname=\"docs/adr/0003-portfolio.md\" name=\"unserved-workload\"/>");
    }

    @Test void aWorkloadsFileGivenInsteadOfAdrsSaysWhatCheckExpectsAndExitsTwo() throws IOException {
        Files.writeString(root.resolve("my-workloads.yml"), "version: 1\nworkloads: []\n");
        assertThat(run("my-workloads.yml")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("polyglot check: my-workloads.yml: is a data file (a workloads file?), not an ADR.")
                .contains("polyglot advise my-workloads.yml");
    }

    @Test void withoutArgumentsMadrsDocsDecisionsIsSearched() {
        RuleFixtures.adr(root, "0003-portfolio.md", PASSING);
        try {
            Files.createDirectories(root.resolve("docs/decisions"));
            Files.move(root.resolve("docs/adr/0003-portfolio.md"), root.resolve("docs/decisions/0003-portfolio.md"));
            Files.delete(root.resolve("docs/adr"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(run()).isZero();
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 1 ADR found (1 takes part, 1 checked against workloads)\n");
    }

    private static final String MADR = "\uFEFF---\r\nstatus: accepted\r\ndate: 2023-9-15\r\ndecision-makers: [riya]\r\n---\r\n"
            + "# Use Postgres and Redis\r\n\r\nBody — ünïcode.\r\n";

    @Test void initAddsPolyglotsKeysKeepingEveryByteAndTheAdrThenTakesPart() throws IOException {
        RuleFixtures.adr(root, "0003-use-postgres-and-redis.md", MADR);
        Path adr = root.resolve("docs/adr/0003-use-postgres-and-redis.md");
        assertThat(run("--init", "docs/adr/0003-use-postgres-and-redis.md", "--workloads", "walletkart.yml", "--portfolio", "postgres,Redis")).isZero();
        String inserted = "workloads: ../../walletkart.yml\r\nportfolio: [postgres, redis]\r\n";
        String written = Files.readString(adr);
        assertThat(written).isEqualTo(MADR.replace("decision-makers: [riya]\r\n", "decision-makers: [riya]\r\n" + inserted));
        assertThat(out.toString()).isEqualTo("added to docs/adr/0003-use-postgres-and-redis.md: workloads: ../../walletkart.yml; portfolio: [postgres, redis]\n"
                + "it now takes part; check it with: polyglot check docs/adr\n");

        out.getBuffer().setLength(0);
        assertThat(run("--strict")).isZero();
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 1 ADR found (1 takes part, 1 checked against workloads)\n");

        assertThat(run("--init", "docs/adr/0003-use-postgres-and-redis.md", "--workloads", "walletkart.yml")).isEqualTo(2);
        assertThat(err.toString()).contains("it already takes part (workloads: on line 5); edit its keys by hand");
        assertThat(Files.readString(adr)).isEqualTo(written);
    }

    @Test void initWithoutAPortfolioTakesAdvisesAndSaysSo() throws IOException {
        RuleFixtures.adr(root, "0001-record.md", "# 1. Use Postgres and Redis\n\n## Status\n\nAccepted\n");
        assertThat(run("--init", "docs/adr/0001-record.md", "--workloads", "walletkart.yml")).isZero();
        assertThat(Files.readString(root.resolve("docs/adr/0001-record.md"))).isEqualTo("---\nstatus: Accepted\nworkloads: ../../walletkart.yml\n"
                + "portfolio: [postgres, redis, elasticsearch]\n---\n# 1. Use Postgres and Redis\n\n## Status\n\nAccepted\n");
        assertThat(err.toString()).contains("portfolio [postgres, redis, elasticsearch] is what advise proposes for walletkart.yml");
    }

    @Test void initRefusesWhatItCannotDoWithExitTwo() {
        RuleFixtures.adr(root, "0001-record.md", "# 1. Record\n");
        assertThat(run("--init", "docs/adr/0001-record.md")).isEqualTo(2);
        assertThat(err.toString()).contains("--init needs --workloads FILE");
        assertThat(run("--init", "docs/adr/0001-record.md", "--workloads", "walletkart.yml", "--portfolio", "postgress")).isEqualTo(2);
        assertThat(err.toString()).contains("--portfolio: unknown engine 'postgress'");
        assertThat(run("--init", "docs/adr/0009-none.md", "--workloads", "walletkart.yml")).isEqualTo(2);
        assertThat(run("--workloads", "walletkart.yml")).isEqualTo(2);
        assertThat(err.toString()).contains("--workloads and --portfolio go with --init ADR");
    }
}
