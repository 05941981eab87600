package dev.polyglot.cli;

import dev.polyglot.workloads.Suggestions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Arguments picocli cannot parse: one line naming the command, what was wrong and a "did you mean" from the same
 * edit distance the workloads file uses (so {@code adviser} suggests {@code advise} and nothing else), then where
 * the options are listed. Exit {@link ExitCode#BAD_INPUT}; never the whole usage text.
 */
final class UsageFailureHandler implements IParameterExceptionHandler {
    @Override public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        String name = qualifiedName(cli);
        err.println(name + ": " + message(ex, cli) + " (see '" + name + " --help')");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    private static String message(ParameterException ex, CommandLine cli) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) return ex.getMessage();
        String first = unmatched.getUnmatched().get(0);
        if (first.startsWith("-")) {
            List<String> options = new ArrayList<>();
            for (OptionSpec o : cli.getCommandSpec().options()) if (!o.hidden()) options.addAll(List.of(o.names()));
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "unknown option '" + option + "'" + Suggestions.didYouMean(option, options);
        }
        if (!cli.getSubcommands().isEmpty()) {
            return "unknown command '" + first + "'" + Suggestions.didYouMean(first, cli.getSubcommands().keySet());
        }
        return "unexpected argument '" + first + "'";
    }

    private static String qualifiedName(CommandLine cli) {
        return cli.getParent() == null ? cli.getCommandName() : qualifiedName(cli.getParent()) + " " + cli.getCommandName();
    }
}
