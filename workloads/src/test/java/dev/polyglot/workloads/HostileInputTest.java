package dev.polyglot.workloads;

import static dev.polyglot.workloads.Yamls.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input meant to exhaust memory or stack is refused with a clear message, never a crash. */
class HostileInputTest {
    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("version: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String prev = "*l" + (i - 1);
            yaml.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        assertThat(problems(yaml.toString())).containsExactly(
                "w.yml:8:35: refused: more than 50 aliases to maps or lists (a YAML alias bomb?)");
    }

    @Test
    void recursiveAliasIsRefusedWithoutLooping() {
        assertThat(problems("version: 1\nworkloads: &a [*a]\n")).containsExactly(
                "w.yml:2:12: workload 1 must be a map with name, shape, ops_per_sec and p99_ms, got a list");
    }

    @Test
    void nestingDeeperThan100IsRefused() {
        String deep = "version: 1\nworkloads: " + "[".repeat(101) + "]".repeat(101) + "\n";
        assertThat(problems(deep)).containsExactly("w.yml:2:111: refused: the document is nested deeper than 100 levels");
    }

    @Test
    void nestingOf100IsReadAndJudgedOnItsContent() {
        String deep = "version: 1\nworkloads: " + "[".repeat(99) + "]".repeat(99) + "\n";
        assertThat(problems(deep)).singleElement().asString().doesNotContain("nested deeper");
    }

    @Test
    void fileOver10MegabytesIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yml");
        String line = "# " + "x".repeat(97) + "\n";
        Files.writeString(big, "version: 1\n" + line.repeat(110_000), StandardCharsets.UTF_8);
        ParseOutcome outcome = WorkloadsReader.read(big);
        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) outcome).problems()).extracting(Problem::toString).containsExactly(
                big + ":1:1: refused: the file is 11.0 MB; a workloads file may be at most 10 MB");
    }

    @Test
    void textOver10MegabytesIsRefused() {
        assertThat(problems("#".repeat(10_000_001))).containsExactly(
                "w.yml:1:1: refused: the file is 10.0 MB; a workloads file may be at most 10 MB");
    }

    @Test
    void aHugeTokenIsRefusedBeforeTheScannerCrawlsThroughIt() {
        assertThat(problems("version: 1\nsystem: " + "x".repeat(5_000_000) + "\n")).containsExactly(
                "w.yml:2:9: refused: more than 10000 characters without a space; no workloads value is that long");
    }

    @Test
    void minifiedJsonOnOneLineIsStillRead() {
        String workload = "{\"name\":\"w%d\",\"shape\":\"blob\",\"ops_per_sec\":1,\"p99_ms\":1}";
        StringBuilder json = new StringBuilder("{\"version\":1,\"workloads\":[");
        for (int i = 0; i < 500; i++) json.append(i == 0 ? "" : ",").append(String.format(workload, i));
        assertThat(Yamls.parse(json.append("]}").toString()).workloads()).hasSize(500);
    }

    @Test
    void aFileWithThousandsOfProblemsReportsTheFirst100() {
        StringBuilder yaml = new StringBuilder("version: 1\nworkloads:\n  - name: w\n    shape: blob\n    ops_per_sec: 1\n    p99_ms: 1\n");
        for (int i = 0; i < 5000; i++) yaml.append("    unknown_").append(i).append(": 1\n");
        var problems = problems(yaml.toString());
        assertThat(problems).hasSize(101);
        assertThat(problems.get(100)).isEqualTo("w.yml:106:5: too many problems: stopped after the first 100");
    }

    @Test
    void controlCharactersAndBadUtf8AreRefused(@TempDir Path dir) throws IOException {
        assertThat(problems("version: 1\nsystem: a\u0007b\n")).containsExactly(
                "w.yml:2:10: not valid YAML: the character U+0007 cannot appear in a YAML file");
        Path latin1 = dir.resolve("latin1.yml");
        Files.write(latin1, new byte[] {'s', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(((ParseOutcome.Rejected) WorkloadsReader.read(latin1)).problems()).extracting(Problem::toString)
                .containsExactly(latin1 + ":1:1: the file is not UTF-8 text");
    }

    @Test
    void missingFileAndDirectoryAreProblemsNotExceptions(@TempDir Path dir) {
        assertThat(((ParseOutcome.Rejected) WorkloadsReader.read(dir.resolve("nope.yml"))).problems()).extracting(Problem::message)
                .containsExactly("cannot read the file: it does not exist");
        assertThat(((ParseOutcome.Rejected) WorkloadsReader.read(dir)).problems()).extracting(Problem::message)
                .containsExactly("cannot read the file: it is a directory");
    }

    @Test
    void globalTagsAreRefused() {
        assertThat(problems("version: 1\nworkloads: !!javax.script.ScriptEngineManager [x]\n")).containsExactly(
                "w.yml:2:12: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
    }
}
