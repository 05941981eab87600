package dev.polyglot.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated YAML never makes the reader throw: it answers Parsed, or Rejected with well-formed problems
 * (file named, line and column 1 or more, a message, sorted by position).
 */
class ReaderFuzzProperties {
    private static final List<String> EXAMPLES = examples();

    @Property(tries = 400)
    void mutatedExamplesAreParsedOrRejectedCleanly(@ForAll("mutatedExamples") String yaml) {
        assertWellFormed(WorkloadsReader.read("fuzz.yml", yaml));
    }

    @Property(tries = 300)
    void randomYamlishTextIsParsedOrRejectedCleanly(@ForAll("yamlish") String yaml) {
        assertWellFormed(WorkloadsReader.read("fuzz.yml", yaml));
    }

    @Property(tries = 300)
    void randomScalarsInEveryWorkloadKeyAreParsedOrRejectedCleanly(@ForAll("keyAndScalar") String line) {
        assertWellFormed(WorkloadsReader.read("fuzz.yml",
                "version: 1\nworkloads:\n  - name: w\n    shape: blob\n    ops_per_sec: 1\n    p99_ms: 1\n    " + line + "\n"));
    }

    private static void assertWellFormed(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            assertThat(rejected.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("fuzz.yml");
                assertThat(p.position().line()).isPositive();
                assertThat(p.position().column()).isPositive();
                assertThat(p.message()).isNotBlank().doesNotContain("Exception");
                assertThat(p.toString()).startsWith("fuzz.yml:" + p.position().line() + ":" + p.position().column() + ": ");
            });
            assertThat(rejected.problems()).isSortedAccordingTo((a, b) -> a.position().line() != b.position().line()
                    ? Integer.compare(a.position().line(), b.position().line())
                    : Integer.compare(a.position().column(), b.position().column()));
        } else {
            assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
            assertThat(((ParseOutcome.Parsed) outcome).file().workloads()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> mutatedExamples() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.strings().withChars(":-[]{}&*!|>'\"#%@`, \n\tx0.9").ofMaxLength(6)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(EXAMPLES), mutation.list().ofMinSize(1).ofMaxSize(6))
                .as((text, mutations) -> {
                    String result = text;
                    for (Mutation m : mutations) result = m.apply(result);
                    return result;
                });
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("version:1workloads-name shape\n\t[]{}&*!|>'\"#,%@`~?\\").ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> keyAndScalar() {
        Arbitrary<String> key = Arbitraries.of(KeyTable.names(Key.Scope.WORKLOAD)).filter(k -> !List.of("name", "shape", "ops_per_sec", "p99_ms").contains(k));
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,_-+eE%x/: kKMmBbGgiIsShHdDyYwW").ofMaxLength(14),
                Arbitraries.strings().ofMaxLength(10).map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                Arbitraries.of("~", "null", "true", ".inf", ".nan", "0x1F", "1e400", "-0", "[]", "{}", "[1, 2]", "{a: 1}", "90:10", "1:2:3"));
        return Combinators.combine(key, scalar).as((k, v) -> k + ": " + v);
    }

    /** One edit of a text: delete, duplicate or swap a line, flip or insert characters, replace a value. */
    record Mutation(int kind, int at, String text) {
        String apply(String input) {
            List<String> lines = new ArrayList<>(List.of(input.split("\n", -1)));
            int line = at % lines.size();
            int column = lines.get(line).isEmpty() ? 0 : at % lines.get(line).length();
            switch (kind) {
                case 0 -> lines.remove(line);
                case 1 -> lines.add(line, lines.get(line));
                case 2 -> lines.set(line, lines.get(line).substring(0, column) + text + lines.get(line).substring(column));
                case 3 -> lines.set(line, flip(lines.get(line), column));
                case 4 -> {
                    String l = lines.get(line);
                    int colon = l.indexOf(": ");
                    if (colon >= 0) lines.set(line, l.substring(0, colon + 2) + text);
                }
                default -> {
                    int other = (at / 7) % lines.size();
                    String tmp = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, tmp);
                }
            }
            return String.join("\n", lines);
        }

        private static String flip(String line, int column) {
            if (line.isEmpty()) return line;
            char c = line.charAt(column);
            return line.substring(0, column) + (char) (c ^ 0x20) + line.substring(column + 1);
        }
    }

    private static List<String> examples() {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) texts.add(Files.readString(file));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
