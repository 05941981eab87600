package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The user's guide to the format (docs/workloads-format.md) keeps up with the key table and the real error output. */
class FormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "workloads-format.md");

    @Test
    void everyKeyAndAliasIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (Key key : KeyTable.all()) assertThat(doc).as("docs mention %s", key.name()).contains(key.name());
    }

    @Test
    void theErrorExampleIsRealOutput() throws IOException {
        String doc = Files.readString(DOC);
        for (String line : Files.readAllLines(Path.of("src", "test", "resources", "golden", "typos.txt"))) {
            assertThat(doc).contains(line);
        }
    }
}
