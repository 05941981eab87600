package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and docs/ as a newcomer reads them: every pasted output is what the command prints today (refresh
 * with {@code scripts/readme-outputs.sh}), every link leads to a file of this repository, no command of theirs leaves
 * files in the checkout, and the catalog example of docs/cli.md is a catalog {@code --catalog} accepts.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void pastedOutputsAreWhatTheCommandsPrint() throws IOException {
        if (Boolean.getBoolean("readme.update")) Files.writeString(ReadmeOutputs.README, ReadmeOutputs.regenerated(Files.readString(ReadmeOutputs.README)));
        List<ReadmeOutputs.Block> blocks = ReadmeOutputs.blocks(Files.readString(ReadmeOutputs.README));
        assertThat(blocks).extracting(ReadmeOutputs.Block::command).contains("polyglot advise examples/walletkart.yml",
                "cat examples/invalid/typos.yml", "polyglot advise examples/invalid/typos.yml");
        for (ReadmeOutputs.Block b : blocks) {
            assertThat(b.written()).as("README line %d (%s) drifted from the real output; run scripts/readme-outputs.sh", b.line(), b.command())
                    .isEqualTo(b.generated());
        }
    }

    @Test
    void aBlockIsRegeneratedFromItsCommand() {
        String stale = "intro\n<!-- output: polyglot advise examples/ledger.yml | head -1 -->\n```\nstale\n```\nafter\n";
        String fresh = ReadmeOutputs.regenerated(stale);
        assertThat(fresh).startsWith("intro\n<!-- output: polyglot advise examples/ledger.yml | head -1 -->\n```\n"
                + "$ ./polyglot advise examples/ledger.yml | head -1\nledger: 1 engine serves").endsWith("\n```\nafter\n");
        assertThat(ReadmeOutputs.blocks(fresh)).singleElement().satisfies(b -> assertThat(b.written()).isEqualTo(b.generated()));
        assertThat(ReadmeOutputs.blocks(stale)).singleElement().satisfies(b -> assertThat(b.written()).isNotEqualTo(b.generated()));
    }

    @Test
    void linksLeadToFilesOfThisRepository() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) { docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add); }
        Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
        for (Path page : pages) {
            String text = Files.readString(page);
            assertThat(text).as("%s names the workspace outside the repository", page).doesNotContain("shared/spec");
            // links only in prose: examples inside code blocks and `code spans` are not links
            Matcher m = link.matcher(text.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", ""));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) continue;  // https:, mailto:
                assertThat(page.getParent().resolve(target).normalize()).as("%s links to %s", page, target).exists();
                assertThat(page.getParent().resolve(target).toAbsolutePath().normalize())
                        .as("%s links outside the repository: %s", page, target).startsWith(ROOT.toAbsolutePath().normalize());
            }
        }
    }

    @Test
    void readmeCommandsWriteOnlyOutsideTheCheckout() throws IOException {
        Matcher m = Pattern.compile("(?:--json|--html|--hlog|--output|--adr|--baseline)[ =](\\S+)").matcher(Files.readString(ReadmeOutputs.README));
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(m.group(1)).as("a README command writes %s into the checkout", m.group(1)).matches("(/tmp/|target/|\\$|[A-Z]{3,}).*");
        }
        assertThat(found).as("the README shows output options").isPositive();
    }

    @Test
    void scriptsKeepPostgresNoticesOffTheTerminal() throws IOException {
        for (Path script : List.of(ROOT.resolve("scripts/engines.sh"), ROOT.resolve("benchmarks/compare.sh"))) {
            for (String line : Files.readAllLines(script)) {
                if (!line.matches(".*\\bpsql\\b.*") || line.strip().startsWith("#")) continue;
                assertThat(line).as("%s: psql without client_min_messages=warning prints NOTICE lines", script)
                        .containsAnyOf("client_min_messages=warning", "PGOPTIONS=\"$QUIET\"", "pg_sql ");
            }
        }
    }

    @Test
    void theCatalogExampleOfTheCliDocIsACatalog(@TempDir Path dir) throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cli.md"));
        int section = doc.indexOf("### Catalog files");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        Path catalog = Files.writeString(dir.resolve("mine.yml"), doc.substring(start, doc.indexOf("```", start)));
        CliRun cli = new CliRun();
        assertThat(cli.run("engines", "postgres", "--catalog", catalog.toString())).as(cli.err.toString()).isEqualTo(ExitCode.OK);
        assertThat(cli.out.toString()).contains("ram_gb_per_node", "256", "pgbench on our db-large nodes", "ceiling_ops = 900");
    }

    @Test
    void theCliDocListsEveryExitCode() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cli.md"));
        for (int code : List.of(ExitCode.OK, ExitCode.NO, ExitCode.BAD_INPUT, ExitCode.ENVIRONMENT, ExitCode.BUG)) {
            assertThat(doc).contains("\n| " + code + " | ");
        }
    }
}
