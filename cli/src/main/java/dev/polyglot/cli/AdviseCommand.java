package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.cli.advice.AdviceContext;
import dev.polyglot.cli.advice.AdviceFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyglot advise FILE}: the smallest portfolio that serves every workload. Exit 0 all served, 1 unserved, 2 bad input. */
@Command(name = "advise", mixinStandardHelpOptions = true,
        description = "Recommend the smallest portfolio of engines that serves every workload in FILE inside its budget.")
public final class AdviseCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The workloads file (YAML).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown (an ADR draft) or mermaid. Default: ${DEFAULT-VALUE}.")
    AdviceFormat.Format format;

    @Mixin CatalogOption catalogOption;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Catalog> catalog = catalogOption.load(err);
        if (catalog.isEmpty()) return ExitCode.BAD_INPUT;
        PrintWriter out = spec.commandLine().getOut();
        WorkloadsInput.Outcome outcome = WorkloadsInput.load(file, err, CatalogInput.resolver(catalog.get()));
        if (outcome instanceof WorkloadsInput.Outcome.Failed failed) return failed.exitCode();
        Advice advice = new CatalogAdvisor(catalog.get(), ModelAssumptions.DEFAULT).advise(((WorkloadsInput.Outcome.Loaded) outcome).file());
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        AdviceContext context = new AdviceContext(file.toString(), LocalDate.now(ZoneOffset.UTC), colour);
        out.print(AdviceFormat.of(format, context).render(advice));
        out.flush();
        return advice.allServed() ? ExitCode.OK : ExitCode.NO;
    }
}
