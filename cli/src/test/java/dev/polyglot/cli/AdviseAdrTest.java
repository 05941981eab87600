package dev.polyglot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code advise FILE --adr DIR} writes the next numbered ADR; once accepted, {@code check} passes it even under --strict. */
class AdviseAdrTest {
    @TempDir Path dir;

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = CommandLineFactory.create();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test void theWrittenAdrIsNumberedAfterTheOthersAndPassesCheckOnceAccepted() throws IOException {
        Path adrs = Files.createDirectories(dir.resolve("docs/adr"));
        Files.writeString(adrs.resolve("0001-record-architecture-decisions.md"), "# 1. Record architecture decisions\n");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "advise", "../examples/walletkart.yml", "--adr", adrs.toString())).isZero();
        Path written = adrs.resolve("0002-database-portfolio-for-walletkart.md");
        assertThat(err.toString()).contains("wrote " + written);
        String text = Files.readString(written);
        assertThat(text).startsWith("---\nstatus: proposed\n").contains("portfolio: [postgres");

        Files.writeString(written, text.replace("status: proposed", "status: accepted"));
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "check", adrs.toString(), "--strict")).as(out.toString()).isZero();
        try (Stream<Path> files = Files.list(adrs)) {
            assertThat(files.count()).isEqualTo(2);
        }
    }

    @Test void anUnwritableDirectoryIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "advise", "../examples/walletkart.yml", "--adr", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write the ADR");
    }

    @Test void runTwiceTheSecondRunSaysTheFolderAlreadyHoldsTheDecision() throws IOException {
        Path adrs = Files.createDirectories(dir.resolve("docs/adr"));
        assertThat(run(new StringWriter(), new StringWriter(), "advise", "../examples/walletkart.yml", "--adr", adrs.toString())).isZero();
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "advise", "../examples/walletkart.yml", "--adr", adrs.toString())).isZero();
        assertThat(err.toString()).contains(adrs + " already holds this decision: " + adrs.resolve("0001-database-portfolio-for-walletkart.md")
                + " (status: proposed) decides [postgres", "for the same workloads file; nothing written");
        try (Stream<Path> files = Files.list(adrs)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }
}
