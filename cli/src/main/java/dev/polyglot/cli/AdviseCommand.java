package dev.polyglot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyglot advise FILE}: the smallest portfolio that serves every workload. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "Recommend the smallest portfolio of engines that serves every workload in FILE inside its budget.")
public final class AdviseCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The workloads file (YAML).")
    Path file;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkloadsInput.Outcome outcome = WorkloadsInput.load(file, err);
        if (outcome instanceof WorkloadsInput.Outcome.Failed failed) return failed.exitCode();
        out.print(WorkloadsTable.render(((WorkloadsInput.Outcome.Loaded) outcome).file()));
        out.flush();
        err.println("polyglot advise: " + file + " is valid, but advice is not implemented yet; no portfolio was computed");
        err.flush();
        return ExitCode.OK;
    }
}
