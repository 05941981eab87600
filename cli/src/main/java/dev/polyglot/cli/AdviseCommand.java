package dev.polyglot.cli;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.Projection;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.cli.advice.AdviceContext;
import dev.polyglot.cli.advice.AdviceFormat;
import dev.polyglot.cli.advice.AdviceReport;
import dev.polyglot.cli.advice.HtmlAdviceReport;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
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

    @Parameters(paramLabel = "FILE", description = "The workloads file (YAML); - reads standard input.")
    Path file;

    /** Read when FILE is {@code -}. */
    private final InputStream stdin;

    AdviseCommand(InputStream stdin) { this.stdin = stdin; }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Completions.AdviceFormats.class,
            description = "text, json, markdown (an ADR draft) or mermaid. Default: ${DEFAULT-VALUE}.")
    AdviceFormat.Format format;

    @Mixin CatalogOption catalogOption;

    @Option(names = "--adr", paramLabel = "DIR", description = "Also write the recommendation as the next ADR in DIR (status: proposed).")
    Path adrDirectory;

    @Option(names = "--html", paramLabel = "REPORT",
            description = "Also write a self-contained HTML report to REPORT: the portfolio diagram, routes against budgets, a growth chart"
                    + " over the next 24 months with the portfolio at 6, 12 and 24, and every assumption with its source.")
    Path htmlReport;

    @Option(names = "--months", paramLabel = "N",
            description = "Advise for the workloads as they will be N months from now (0 to 120), each grown at its own growth rate;"
                    + " workloads without one stay as they are. Not with --adr or --format markdown: an ADR records today's decision.")
    Double months;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (months != null && !(months >= 0 && months <= Projection.MAX_MONTHS)) {
            throw UserError.badInput("--months must be from 0 to " + (int) Projection.MAX_MONTHS + ", got " + Numbers.trim(months));
        }
        if (months != null && (adrDirectory != null || format == AdviceFormat.Format.MARKDOWN)) {
            // One rule for both ways of drafting an ADR: check holds an ADR against today's workloads file.
            throw UserError.badInput("an ADR records today's decision, which `polyglot check` holds against today's workloads;"
                    + " drop --months for --adr and --format markdown (text, json and mermaid show the portfolio N months out)");
        }
        OutputPaths.requireWritableFolder("the ADR", adrDirectory);
        OutputPaths.requireWritableFile("--html", htmlReport);
        if (months != null && htmlReport != null) {
            throw UserError.badInput("--html reports today's decision and projects it to 6, 12 and 24 months itself; run it without --months");
        }
        boolean fromStdin = file.toString().equals(WorkloadsInput.STDIN);
        if (fromStdin && adrDirectory != null) {
            throw UserError.badInput("--adr links the ADR to its workloads file; save standard input to a file and advise that");
        }
        String source = fromStdin ? WorkloadsInput.STDIN_NAME : file.toString();
        Optional<Catalog> catalog = catalogOption.load(err);
        if (catalog.isEmpty()) return ExitCode.BAD_INPUT;
        PrintWriter out = spec.commandLine().getOut();
        WorkloadsInput.Outcome outcome = WorkloadsInput.load(file, stdin, err, CatalogInput.resolver(catalog.get()));
        if (outcome instanceof WorkloadsInput.Outcome.Failed failed) return failed.exitCode();
        WorkloadsFile workloads = ((WorkloadsInput.Outcome.Loaded) outcome).file();
        CatalogAdvisor advisor = new CatalogAdvisor(catalog.get(), ModelAssumptions.DEFAULT);
        if (months != null) {
            Projection.beyondForecast(workloads, months).ifPresent(why -> { throw UserError.badInput(source + ": " + why); });
            if (workloads.workloads().stream().allMatch(w -> w.growth().isEmpty())) {
                err.println("polyglot: no workload of " + source + " has a growth rate, so in " + Numbers.trim(months)
                        + " months it needs what it needs today; add growth: (e.g. 20%/month) to the workloads that grow");
            }
        }
        Advice advice = months == null ? advisor.advise(workloads) : advisor.adviseIn(workloads, months);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        AdviceContext context = new AdviceContext(source, LocalDate.now(ZoneOffset.UTC), colour,
                months == null ? OptionalDouble.empty() : OptionalDouble.of(months));
        out.print(AdviceFormat.of(format, context).render(advice));
        out.flush();
        if (adrDirectory != null) AdrOutput.write(adrDirectory, file, workloads, advice, context.date(), err);
        if (htmlReport != null) {
            String page = new HtmlAdviceReport(context).render(AdviceReport.of(workloads, catalog.get(), ModelAssumptions.DEFAULT));
            try {
                Files.writeString(htmlReport, page);
            } catch (IOException e) {
                throw UserError.badInput("cannot write --html " + htmlReport + ": " + OutputPaths.why(e));
            }
            err.println("polyglot advise: wrote " + htmlReport);
        }
        return advice.allServed() ? ExitCode.OK : ExitCode.NO;
    }
}
