package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code polyglot check} end to end, as Main runs it (CommandLineFactory, the catalog advisor, the workloads
 * reader) on the example ADR folders: the passing folder passes even under --strict; the failing folder
 * fails with the findings its ADRs were written to show.
 */
class CheckExamplesTest {
    private static final String EXAMPLES = "../examples/adr/walletkart/";

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException { return new ObjectMapper().readTree(out); }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CommandLineFactory.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test void thePassingFolderPassesUnderStrict() throws IOException {
        Run run = run("check", EXAMPLES + "passing", "--strict", "--format", "json");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.json().get("findings")).isEmpty();
    }

    @Test void theFailingFolderFailsWithTheFindingsItsAdrsShow() throws IOException {
        Run run = run("check", EXAMPLES + "failing", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        List<Object[]> found = new ArrayList<>();
        for (JsonNode f : run.json().get("findings")) {
            String file = f.get("file").asText();
            found.add(new Object[] {file.substring(file.lastIndexOf('/') + 1), f.get("line").asInt(), f.get("rule").asText()});
        }
        assertThat(found).extracting(a -> tuple(a[0], a[1], a[2])).contains(
                tuple("0001-database-portfolio-for-walletkart.md", 5, "unserved-workload"),
                tuple("0001-database-portfolio-for-walletkart.md", 7, "route-violation"),
                tuple("0002-add-a-search-engine.md", 4, "conflicting-decisions"),
                tuple("0002-add-a-search-engine.md", 5, "unknown-reference"),
                tuple("0003-cache-sessions.md", 2, "invalid-adr"),
                tuple("0003-cache-sessions.md", 3, "invalid-adr"),
                tuple("0004-old-portfolio.md", 2, "invalid-adr"),
                tuple("typos.yml", 3, "invalid-workloads"));
        assertThat(run.json().get("errors").asInt()).isGreaterThanOrEqualTo(7);
    }

    /** Both folders at once: the passing folder's decision now conflicts with the failing folder's accepted ones. */
    @Test void aGlobOverBothFoldersSeesTheirDecisionsConflict() {
        Run run = run("check", EXAMPLES + "*");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("failing/0004-old-portfolio.md:2: error [invalid-adr] status is superseded but superseded_by is missing",
                "passing/0003-database-portfolio-for-walletkart.md:4: error [conflicting-decisions] both this ADR and ",
                "in 8 ADRs found (7 take part, 4 checked against workloads)");
    }

    /** Each example system's passing folder (advise's portfolio, accepted) has no error; its failing one (less one engine) fails. */
    @TestFactory Stream<DynamicTest> everySystemHasAPassingAndAFailingFolder() throws IOException {
        try (Stream<Path> systems = Files.list(Path.of("../examples/adr"))) {
            List<Path> all = systems.filter(Files::isDirectory).sorted().toList();
            assertThat(all).isNotEmpty();
            return all.stream().flatMap(system -> Stream.of(
                    DynamicTest.dynamicTest(system.getFileName() + " passes", () -> {
                        // not --strict: which engine is headroom is the advisor's most volatile answer, and a stale headroom
                        // is only a warning; walletkart's folder above is held to --strict
                        Run run = run("check", system.resolve("passing").toString());
                        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
                    }),
                    DynamicTest.dynamicTest(system.getFileName() + " fails", () -> {
                        Run run = run("check", system.resolve("failing").toString(), "--format", "json");
                        assertThat(run.exitCode()).isEqualTo(1);
                        assertThat(run.json().get("findings")).anySatisfy(f -> {
                            assertThat(f.get("rule").asText()).isEqualTo("unserved-workload");
                            assertThat(f.get("line").asInt()).isEqualTo(5);
                        });
                    })));
        }
    }

    @Test void requireFrontMatterWarnsAboutAPlainNygardRecordNamingTheKeysToAdd() {
        Run run = run("check", EXAMPLES + "passing", "--require-front-matter");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("passing/0001-record-architecture-decisions.md:1: warning [not-taking-part] takes no part in check: "
                + "it has no front matter; if it decides a portfolio, add workloads: (the workloads file, relative to this ADR) and portfolio: [engine, ...]");
        assertThat(run("check", EXAMPLES + "passing", "--require-front-matter", "--strict").exitCode()).isEqualTo(1);
    }

    @Test void anUnreadableCatalogIsBadInput() {
        Run run = run("check", EXAMPLES + "passing", "--catalog", "no-such-catalog.yml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read catalog no-such-catalog.yml");
    }

    @Test void aMissingDefaultDirectoryIsBadInput() {
        Run run = run("check");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("polyglot check: no ADR folder here (looked for docs/adr, docs/adrs, docs/decisions, doc/adr");
    }
}
