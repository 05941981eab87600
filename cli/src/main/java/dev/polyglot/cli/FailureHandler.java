package dev.polyglot.cli;

import dev.polyglot.bench.engine.EngineUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one exit path of a failed command: an exception that escaped it becomes one line on standard error, named
 * after the command, and an exit code. A {@link UserError} carries its own code; an engine that cannot be reached
 * is {@link ExitCode#ENVIRONMENT}; a file that cannot be read or written is {@link ExitCode#BAD_INPUT}; anything
 * else is a bug in polyglot ({@link ExitCode#BUG}) and says so. A stack trace only with {@code --stacktrace}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        int code = exitCode(ex);
        String prefix = cli.getParent() == null ? "polyglot: " : "polyglot " + cli.getCommandName() + ": ";
        String message = ex.getMessage() == null || ex.getMessage().isBlank() ? ex.getClass().getSimpleName() : ex.getMessage();
        boolean trace = wantsStacktrace(parsed);
        if (code == ExitCode.BUG) {
            err.println(prefix + "internal error, a bug in polyglot: " + ex.getClass().getSimpleName() + ": " + message
                    + (trace ? "" : " (run again with --stacktrace for the trace, and report it)"));
        } else {
            err.println(prefix + message);
        }
        if (trace) ex.printStackTrace(err);
        err.flush();
        return code;
    }

    static int exitCode(Exception ex) {
        if (ex instanceof UserError user) return user.exitCode();
        if (ex instanceof EngineUnavailableException) return ExitCode.ENVIRONMENT;
        if (ex instanceof UncheckedIOException || ex instanceof IOException) return ExitCode.BAD_INPUT;
        return ExitCode.BUG;
    }

    private static boolean wantsStacktrace(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) return true;
        }
        return false;
    }
}
