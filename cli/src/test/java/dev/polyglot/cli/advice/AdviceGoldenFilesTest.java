package dev.polyglot.cli.advice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format on every example, against files under src/test/resources/golden/advise.
 * Regenerate after an intended change with {@code mvn -pl cli -am verify -Dgolden.update=true} and review the diff.
 */
class AdviceGoldenFilesTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/advise");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream()
                    .flatMap(p -> Stream.of(AdviceFormat.Format.values()).map(f -> Arguments.of(p.getFileName().toString(), f)));
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesTheGoldenFile(String example, AdviceFormat.Format format) throws IOException {
        ParseOutcome outcome = WorkloadsReader.read(EXAMPLES.resolve(example));
        assertThat(outcome).as(example + " parses").isInstanceOf(ParseOutcome.Parsed.class);
        Advice advice = CatalogAdvisor.builtIn().advise(((ParseOutcome.Parsed) outcome).file());
        var context = new AdviceContext("examples/" + example, LocalDate.of(2026, 11, 21), false);
        String rendered = AdviceFormat.of(format, context).render(advice);
        Path golden = GOLDEN.resolve(example.replace(".yml", "") + "." + extension(format));
        if (UPDATE) Files.writeString(golden, rendered);
        assertThat(Files.exists(golden)).as(golden + " exists (run with -Dgolden.update=true)").isTrue();
        assertThat(rendered).isEqualTo(Files.readString(golden));
    }

    private static String extension(AdviceFormat.Format format) {
        return switch (format) {
            case TEXT -> "txt";
            case JSON -> "json";
            case MARKDOWN -> "md";
            case MERMAID -> "mmd";
        };
    }
}
