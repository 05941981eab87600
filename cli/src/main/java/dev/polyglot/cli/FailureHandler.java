package dev.polyglot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on standard error and an exit code.
 * A stack trace is printed only when {@code --stacktrace} was given.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("polyglot: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (wantsStacktrace(parsed)) ex.printStackTrace(err);
        else err.println("(run again with --stacktrace for details)");
        err.flush();
        return ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException ? ExitCode.BAD_INPUT : ExitCode.ENVIRONMENT;
    }

    private static boolean wantsStacktrace(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) return true;
        }
        return false;
    }
}
