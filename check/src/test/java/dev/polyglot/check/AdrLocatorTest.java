package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Discovery: one case per layout teams use, and the files that look like ADRs but are not. */
class AdrLocatorTest {
    @TempDir Path dir;

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# x\n");
    }

    private List<String> found(String... arguments) {
        AdrLocator locator = new AdrLocator(dir);
        AdrLocator.Located located = arguments.length == 0 ? locator.locateDefault() : locator.locate(List.of(arguments));
        assertThat(located).isInstanceOf(AdrLocator.Located.Files.class);
        return ((AdrLocator.Located.Files) located).adrs().stream().map(locator::display).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0007-use-postgres.md",                  // Nygard, adr-tools, MADR
            "0007_use_postgres.md",
            "adr-007-use-postgres.md",
            "adr007-use-postgres.md",                // Backstage
            "ADR-2503-use-postgres.md",
            "007. Use Postgres.md",
            "20201028-use-postgres.md",              // log4brains
            "2026-11-01-use-postgres.md",
            "2022-02-07-tracing/README.md",          // date-named folders (Eclipse EDC)
            "2022-02-07-tracing/index.md",
            "2023-03-02_entity_store/README.md",
            "0007-use-postgres.markdown",
            "services/pay/nested/deeper/0007-use-postgres.md",
            "Décisions/0007-utiliser-postgres-über-ünïcode.md"})
    void eachLayoutIsFound(String relative) throws IOException {
        touch("docs/adr/" + relative);
        assertThat(found("docs/adr")).containsExactly("docs/adr/" + relative);
    }

    @ParameterizedTest
    @ValueSource(strings = {"template.md", "adr-template.md", "0000-template.md", "adr000-template.md", "adr-template-bare-minimal.md",
            "README.md", "index.md", "SUMMARY.md", "notes.txt", "0007-use-postgres.png", "template/0000-use-markdown.md",
            "templates/0001-x.md", ".github/0001-x.md", "node_modules/pkg/0001-x.md", "2022-11-09-api-refactoring/renaming.md"})
    void templatesIndexPagesAndOtherFilesAreNotAdrs(String relative) throws IOException {
        touch("docs/adr/" + relative);
        touch("docs/adr/0001-record-decisions.md");
        assertThat(found("docs/adr")).containsExactly("docs/adr/0001-record-decisions.md");
    }

    @Test void aTemplateFolderNamedOnTheCommandLineIsSearched() throws IOException {
        touch("template/0000-use-markdown.md");
        touch("template/adr-template.md");
        assertThat(found("template")).containsExactly("template/0000-use-markdown.md");
    }

    @Test void withoutArgumentsEveryConventionalFolderThatExistsIsSearched() throws IOException {
        touch("docs/decisions/0001-madr.md");
        touch("doc/adr/0001-adr-tools.md");
        touch("elsewhere/0001-not-searched.md");
        assertThat(found()).containsExactly("doc/adr/0001-adr-tools.md", "docs/decisions/0001-madr.md");
    }

    @Test void withoutArgumentsAndNoConventionalFolderTheMessageNamesThemAll() {
        assertThat(new AdrLocator(dir).locateDefault()).isInstanceOfSatisfying(AdrLocator.Located.Unreadable.class, u -> assertThat(u.message())
                .isEqualTo("no ADR folder here (looked for docs/adr, docs/adrs, docs/decisions, doc/adr, docs/architecture/decisions); "
                        + "pass the folder that holds your ADRs, e.g. polyglot check docs/architecture"));
    }

    @Test void aWorkloadsFileGivenInsteadOfAdrsIsRefusedWithWhatCheckExpects() throws IOException {
        Files.writeString(dir.resolve("my-workloads.yml"), "version: 1\n");
        assertThat(new AdrLocator(dir).locate(List.of("my-workloads.yml"))).isInstanceOfSatisfying(AdrLocator.Located.Unreadable.class,
                u -> assertThat(u.message()).startsWith("my-workloads.yml: is a data file (a workloads file?), not an ADR. check reads "
                        + "architecture decision records").contains("workloads: ../../my-workloads.yml", "polyglot advise my-workloads.yml"));
    }

    @Test void aMarkdownFileNamedOnTheCommandLineIsTakenWhateverItsName() throws IOException {
        touch("docs/adr/adr_with_a_WeIrd-filename.md");
        assertThat(found("docs/adr")).isEmpty();
        assertThat(found("docs/adr/adr_with_a_WeIrd-filename.md")).containsExactly("docs/adr/adr_with_a_WeIrd-filename.md");
    }

    @Test void namesAndNumbersAsReferencesUseThem() {
        assertThat(AdrLayout.name(Path.of("/r/2022-02-07-tracing/README.md"))).isEqualTo("2022-02-07-tracing");
        assertThat(AdrLayout.name(Path.of("/r/0007-x.md"))).isEqualTo("0007-x");
        assertThat(AdrLayout.number("0007-x")).contains(7);
        assertThat(AdrLayout.number("ADR-0007")).contains(7);
        assertThat(AdrLayout.number("adr007-x")).contains(7);
        assertThat(AdrLayout.number("007. Title")).contains(7);
        assertThat(AdrLayout.number("20201028-x")).isEmpty();
        assertThat(AdrLayout.number("2026-11-01-x")).isEmpty();
    }

    @Test void globsAndSeveralPathsAreExpandedEachFileOnce() throws IOException {
        touch("services/pay/docs/adr/0001-a.md");
        touch("services/shop/docs/adr/0001-b.md");
        touch("docs/adr/0002-c.md");
        assertThat(found("services/*/docs/adr", "docs/adr/*.md", "docs/adr/0002-c.md"))
                .containsExactly("docs/adr/0002-c.md", "services/pay/docs/adr/0001-a.md", "services/shop/docs/adr/0001-b.md");
    }

    @Test void aMissingPathIsUnreadable() {
        assertThat(new AdrLocator(dir).locate(List.of("docs/adr"))).isInstanceOfSatisfying(AdrLocator.Located.Unreadable.class,
                u -> assertThat(u.message()).startsWith("docs/adr: no such file or directory"));
        assertThat(new AdrLocator(dir).locate(List.of("nowhere/*.md"))).isInstanceOf(AdrLocator.Located.Unreadable.class);
    }
}
