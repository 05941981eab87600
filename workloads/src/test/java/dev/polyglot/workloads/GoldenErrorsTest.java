package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error output for each broken file in {@code examples/invalid/} equals its golden file in
 * {@code src/test/resources/golden/NAME.txt}. After a deliberate change of wording, regenerate them with
 * {@code mvn -q -B -pl workloads test -Dtest=GoldenErrorsTest -Dgolden.update=true} and review the diff.
 */
class GoldenErrorsTest {
    private static final Path INVALID = Path.of("..", "examples", "invalid");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<Path> invalidFiles() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidFiles")
    void errorOutputMatchesTheGoldenFile(Path file) throws IOException {
        ParseOutcome outcome = WorkloadsReader.read(Path.of("examples", "invalid").resolve(file.getFileName()).toString(), Files.readString(file));
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        String actual = ((ParseOutcome.Rejected) outcome).problems().stream().map(p -> p + "\n").collect(Collectors.joining());
        Path golden = GOLDEN.resolve(file.getFileName().toString().replace(".yml", ".txt"));
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual);
        assertThat(golden).as("golden file; regenerate with -Dgolden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
