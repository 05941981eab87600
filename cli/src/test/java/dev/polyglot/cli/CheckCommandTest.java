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
        assertThat(out.toString()).isEqualTo("0 errors, 0 warnings in 1 ADR (1 checked against workloads)\n");
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
        assertThat(err.toString()).startsWith("polyglot check: no ADR files");
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

        RuleFixtures.adr(root, "0004-typo.md", "---\nstatus: acepted\n---\n");
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
}
