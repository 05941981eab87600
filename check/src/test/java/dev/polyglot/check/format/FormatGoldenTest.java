package dev.polyglot.check.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.check.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format's output for one report, compared with src/test/resources/golden. After an intended change,
 * regenerate with {@code mvn -pl check verify -Dgolden.update=true} and review the diff.
 */
class FormatGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir Path root;

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github", "junit", "github-summary", "json-baseline"})
    void outputMatchesItsGoldenFile(String name) throws IOException {
        Report report = name.endsWith("-baseline") ? SampleReports.withBaseline(root) : SampleReports.plain(root);
        String format = name.replace("-baseline", "").replace("-summary", "");
        String rendered = name.equals("github-summary") ? new GithubFormat().summary(report) : Formats.byId(format).orElseThrow().render(report);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
