package dev.polyglot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code polyglot advise FILE}: the smallest portfolio that serves every workload. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "Recommend the smallest portfolio of engines that serves every workload in FILE inside its budget.")
public final class AdviseCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "The workloads file (YAML).")
    Path file;

    @Override public Integer call() {
        System.err.println("polyglot advise: advice is not implemented yet");
        return ExitCode.NO;
    }
}
