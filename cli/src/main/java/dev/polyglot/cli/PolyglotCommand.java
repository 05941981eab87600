package dev.polyglot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: names the subcommands, prints usage when called alone. */
@Command(name = "polyglot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tells a team which databases to run, and proves it.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success: every workload served, every check passed, every budget met",
                "1:the answer is \"no\": a workload unserved, a check failed, a budget missed",
                "2:the input is wrong: bad arguments, unreadable or invalid files",
                "3:the environment failed: an engine unreachable, a connection lost",
                "4:polyglot itself failed (a bug): one line says so; --stacktrace shows the trace"})
public final class PolyglotCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
