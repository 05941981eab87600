package dev.polyglot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdrLocatorTest {
    @TempDir Path dir;

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# x\n");
    }

    private List<String> located(String... arguments) {
        AdrLocator locator = new AdrLocator(dir);
        AdrLocator.Located located = locator.locate(List.of(arguments));
        assertThat(located).isInstanceOf(AdrLocator.Located.Files.class);
        return ((AdrLocator.Located.Files) located).adrs().stream().map(locator::display).toList();
    }

    @Test void aDirectoryGivesItsNumberedAndDateNamedAdrsButNotReadmeOrTemplate() throws IOException {
        touch("docs/adr/0001-record-decisions.md");
        touch("docs/adr/2026-11-01-portfolio.md");
        touch("docs/adr/README.md");
        touch("docs/adr/template.md");
        assertThat(located("docs/adr")).containsExactly("docs/adr/0001-record-decisions.md", "docs/adr/2026-11-01-portfolio.md");
    }

    @Test void globsAndSeveralPathsAreExpandedEachFileOnce() throws IOException {
        touch("services/pay/docs/adr/0001-a.md");
        touch("services/shop/docs/adr/0001-b.md");
        touch("docs/adr/0002-c.md");
        assertThat(located("services/*/docs/adr", "docs/adr/*.md", "docs/adr/0002-c.md"))
                .containsExactly("docs/adr/0002-c.md", "services/pay/docs/adr/0001-a.md", "services/shop/docs/adr/0001-b.md");
    }

    @Test void aMissingPathIsUnreadable() {
        assertThat(new AdrLocator(dir).locate(List.of("docs/adr"))).isInstanceOfSatisfying(AdrLocator.Located.Unreadable.class,
                u -> assertThat(u.message()).startsWith("docs/adr: no such file or directory"));
        assertThat(new AdrLocator(dir).locate(List.of("nowhere/*.md"))).isInstanceOf(AdrLocator.Located.Unreadable.class);
    }
}
