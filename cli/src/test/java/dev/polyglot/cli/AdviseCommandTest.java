package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code polyglot advise} until the advisor lands: validates, shows what it read, says plainly there is no advice. */
class AdviseCommandTest {
    private final CliRun cli = new CliRun();
    private final java.io.StringWriter out = cli.out;
    private final java.io.StringWriter err = cli.err;

    private int run(String... args) { return cli.run(args); }

    @Test
    void validFilePrintsTheWorkloadsAndSaysAdviceIsNotImplemented() {
        int code = run("advise", "../examples/walletkart.yml");
        assertThat(code).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).startsWith("walletkart: 5 workloads, prefer [postgres], deployment any\n")
                .contains("wallet balance lookup", "point-lookup", "800", "50ms", "bounded-staleness 30s", "20%/month", "30M");
        assertThat(err.toString()).contains("advice is not implemented yet");
    }

    @Test
    void invalidFileListsEveryProblemAndExits2WithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "version: 1\nworkloads:\n  - name: a\n    shape: point-lokup\n    ops_per_sec: -1\n    p99_ms: 5\n");
        int code = run("advise", file.toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(
                file + ":4:12: unknown shape 'point-lokup', did you mean 'point-lookup'?\n"
                        + file + ":5:18: 'ops_per_sec' must be a number above 0, got '-1'\n"
                        + "polyglot: " + file + " is not a valid workloads file (2 problems); see docs/workloads-format.md\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void missingFileIsOneMessageAndExit2(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yml");
        assertThat(run("advise", missing.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("polyglot: cannot read " + missing + ": no such file\n");
    }

    @Test
    void directoryIsOneMessageAndExit2(@TempDir Path dir) {
        assertThat(run("advise", dir.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("polyglot: cannot read " + dir + ": it is a directory, not a workloads file\n");
    }

    @Test
    void missingArgumentIsAUsageErrorWithExit2() {
        assertThat(run("advise")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'FILE'").doesNotContain("Exception");
    }
}
