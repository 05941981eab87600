package dev.polyglot.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process, built as {@link Main} builds it, and keeps what it printed. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) { return runWithInput("", args); }

    /** Runs with {@code stdin} as standard input (read where a file argument is {@code -}). */
    int runWithInput(String stdin, String... args) {
        CommandLine cli = CommandLineFactory.forArguments(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
