package dev.polyglot.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares, mixed in. */
public final class CommonOptions {
    @Option(names = "--stacktrace", description = "Print the stack trace of an unexpected failure.")
    boolean stacktrace;

    public boolean stacktrace() { return stacktrace; }
}
