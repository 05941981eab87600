package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code polyglot check} as Main runs it (the catalog advisor, the workloads reader) on a MADR 4 decision log:
 * two ADRs opt in, the older superseded by the newer through a Markdown link in its status; a third, with MADR's
 * own front matter and a status check does not know, takes no part; a template and an index page are not ADRs.
 */
class CheckMadrEndToEndTest {
    @TempDir Path repo;
    private Path decisions;

    /** Exit code, stdout and stderr of one run. */
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        CliRun cli = new CliRun();
        int code = cli.run(args);
        return new Run(code, cli.out.toString(), cli.err.toString());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(decisions.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The front matter of the walletkart example's accepted decision (the portfolio advise proposes), pointed at this repository's copy. */
    private static String acceptedPortfolio() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../examples/adr/walletkart/passing/0003-database-portfolio-for-walletkart.md"));
        StringBuilder keys = new StringBuilder();
        for (String line : lines.subList(1, lines.subList(1, lines.size()).indexOf("---") + 1)) {
            if (line.startsWith("status:") || line.startsWith("date:")) continue;
            keys.append(line.startsWith("workloads:") ? "workloads: ../../walletkart.yml" : line).append('\n');
        }
        return keys.toString();
    }

    @BeforeEach void madr4DecisionLog() throws IOException {
        decisions = Files.createDirectories(repo.resolve("docs/decisions"));
        Files.copy(Path.of("../examples/walletkart.yml"), repo.resolve("walletkart.yml"));
        write("0001-use-postgres-alone.md", """
                ---
                status: "superseded by [ADR-0002](0002-database-portfolio-for-walletkart.md)"
                date: 2026-03-02
                decision-makers: [riya, tom]
                consulted: [ops]
                informed: [everyone]
                workloads: ../../walletkart.yml
                portfolio: [postgres]
                ---
                # Use Postgres alone

                ## Context and Problem Statement

                One engine to start with.
                """);
        write("0002-database-portfolio-for-walletkart.md", "---\nstatus: Accepted\ndate: 2026-11-1\ndecision-makers: [riya]\ntags: [database]\n"
                + acceptedPortfolio() + "---\n# Database portfolio for walletkart\n");
        write("0003-use-markdown-any-decision-records.md", """
                ---
                parent: Decisions
                nav_order: 3
                status: on hold
                date: 2023-9-15
                ---
                # Use Markdown Any Decision Records
                """);
        write("adr-template.md", "---\nstatus: \"{proposed | rejected | accepted | deprecated | … | superseded by ADR-0123}\"\n"
                + "date: {YYYY-MM-DD when the decision was last updated}\n---\n# {short title}\n");
        write("README.md", "# Decisions\n\n- [ADR-0001](0001-use-postgres-alone.md)\n");
    }

    @Test void twoTakePartTheSupersededOneIsHistoryAndTheThirdIsLeftAlone() throws IOException {
        Run text = run("check", decisions.toString(), "--strict");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        assertThat(text.out()).isEqualTo("0 errors, 0 warnings in 3 ADRs found (2 take part, 1 checked against workloads)\n");

        JsonNode json = new ObjectMapper().readTree(run("check", decisions.toString(), "--format", "json").out());
        assertThat(json.get("findings")).isEmpty();
        assertThat(json.get("adrs_found").asInt()).isEqualTo(3);
        assertThat(json.get("adrs_taking_part").asInt()).isEqualTo(2);
    }

    @Test void withoutTheLinkTheOldDecisionIsCheckedAndFails() throws IOException {
        Path old = decisions.resolve("0001-use-postgres-alone.md");
        Files.writeString(old, Files.readString(old).replace("status: \"superseded by [ADR-0002](0002-database-portfolio-for-walletkart.md)\"", "status: accepted"));
        Run run = run("check", decisions.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("0001-use-postgres-alone.md:8: error [unserved-workload] declared portfolio [postgres] cannot serve",
                "0002-database-portfolio-for-walletkart.md:", "error [conflicting-decisions]");
    }

    @Test void aLinkToAnAdrThatIsNotThereIsAnUnknownReference() throws IOException {
        Path old = decisions.resolve("0001-use-postgres-alone.md");
        Files.writeString(old, Files.readString(old).replace("(0002-database-portfolio-for-walletkart.md)", "(0009-gone.md)"));
        Run run = run("check", decisions.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(decisions.resolve("0001-use-postgres-alone.md") + ":2: error [unknown-reference] superseded by 0009-gone.md, "
                + "which is not among the ADRs read");
    }
}
