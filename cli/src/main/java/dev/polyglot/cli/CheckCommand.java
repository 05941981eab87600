package dev.polyglot.cli;

import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.check.Adr;
import dev.polyglot.check.AdrLocator;
import dev.polyglot.check.AdrReader;
import dev.polyglot.check.Baseline;
import dev.polyglot.check.CheckResult;
import dev.polyglot.check.Checker;
import dev.polyglot.check.Report;
import dev.polyglot.check.WorkloadsSource;
import dev.polyglot.check.format.Formats;
import dev.polyglot.check.format.GithubFormat;
import dev.polyglot.check.format.ReportFormat;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code polyglot check [PATH ...]}: architecture decision records checked against the workloads they name. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check architecture decision records (default: docs/adr) against the workloads files they name.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "ADR files, directories or globs (default: docs/adr).")
    List<String> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Completions.CheckFormats.class,
            description = "Output format: text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--require-front-matter", description = "Report ADRs without YAML front matter instead of skipping them.")
    boolean requireFrontMatter;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Accept the findings recorded in FILE; fail only on new ones.")
    Path baseline;

    @Mixin CatalogOption catalogOption;

    @Option(names = "--update-baseline", description = "Record the current findings in the --baseline FILE (created if missing).")
    boolean updateBaseline;

    private final Supplier<Advisor> advisor;
    private final WorkloadsSource source;
    private final Map<String, String> environment;
    private final Path workingDir;

    /**
     * @param advisor     the advisor {@code advise} uses, built only when the command runs
     * @param environment where {@code GITHUB_STEP_SUMMARY} is looked up
     * @param workingDir  what relative paths are resolved against and findings are named relative to
     */
    public CheckCommand(Supplier<Advisor> advisor, WorkloadsSource source, Map<String, String> environment, Path workingDir) {
        this.advisor = advisor;
        this.source = source;
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
    }

    /** The command as {@code polyglot check} runs it: the catalog advisor, the workloads reader, this process's environment. */
    public static CheckCommand standard() {
        return new CheckCommand(CatalogAdvisor::builtIn, file -> WorkloadsReader.read(file, CatalogInput.resolver(Catalog.builtIn())),
                System.getenv(), Path.of(""));
    }

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportFormat> output = Formats.byId(format);
        if (output.isEmpty()) return bad(err, "unknown --format '" + format + "'; use one of " + Formats.ids());
        if (updateBaseline && baseline == null) return bad(err, "--update-baseline needs --baseline FILE");
        if (updateBaseline) OutputPaths.requireWritableFile("--baseline", workingDir.resolve(baseline));
        Optional<Checker> checker = checker(err);
        if (checker.isEmpty()) return ExitCode.BAD_INPUT;
        AdrLocator locator = new AdrLocator(workingDir);
        List<String> arguments = paths.isEmpty() ? List.of("docs/adr") : paths;
        AdrLocator.Located located = locator.locate(arguments);
        if (located instanceof AdrLocator.Located.Unreadable unreadable) return bad(err, unreadable.message());
        try {
            List<Adr> adrs = ((AdrLocator.Located.Files) located).adrs().stream().map(p -> AdrReader.read(p, locator.display(p))).toList();
            if (adrs.isEmpty()) err.println("polyglot check: no ADR files (NNNN-title.md, YYYY-MM-DD-title.md) in " + String.join(" ", arguments));
            CheckResult result = checker.get().check(adrs, locator, requireFrontMatter);
            Report report = report(result, err);
            out.print(output.get().render(report));
            out.flush();
            if (output.get() instanceof GithubFormat github) appendStepSummary(github.summary(report));
            return report.failed() ? ExitCode.NO : ExitCode.OK;
        } catch (UncheckedIOException e) {
            return bad(err, e.getMessage());
        } catch (BadBaseline e) {
            return bad(err, e.getMessage());
        }
    }

    /** The same advisor and catalog as {@code advise}: the built-in catalog, or {@code --catalog} merged over it. */
    private Optional<Checker> checker(PrintWriter err) {
        if (catalogOption.file == null) return Optional.of(new Checker(advisor.get(), source));
        return CatalogInput.load(workingDir.resolve(catalogOption.file), err).map(catalog -> new Checker(
                new CatalogAdvisor(catalog, ModelAssumptions.DEFAULT), file -> WorkloadsReader.read(file, CatalogInput.resolver(catalog))));
    }

    private Report report(CheckResult result, PrintWriter err) {
        if (baseline == null) return Report.of(result, strict);
        Path file = workingDir.resolve(baseline);
        if (updateBaseline) {
            Baseline.of(result.findings()).write(file);
            err.println("polyglot check: recorded " + result.findings().size() + " findings in " + baseline);
        } else if (!Files.isRegularFile(file)) {
            throw new BadBaseline(baseline + ": no such baseline; create it with --baseline " + baseline + " --update-baseline");
        }
        try {
            return Report.of(result, Baseline.read(file).compare(result.findings()), strict);
        } catch (IOException e) {
            throw new BadBaseline(e.getMessage());
        }
    }

    /** GitHub Actions shows this Markdown on the run's summary page. */
    private void appendStepSummary(String markdown) {
        String target = environment.get("GITHUB_STEP_SUMMARY");
        if (target == null || target.isBlank()) return;
        try {
            Files.writeString(Path.of(target), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to $GITHUB_STEP_SUMMARY " + target + ": " + e.getMessage(), e);
        }
    }

    private static int bad(PrintWriter err, String message) {
        err.println("polyglot check: " + message);
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** A baseline that is missing or not a baseline: bad input, exit 2. */
    private static final class BadBaseline extends RuntimeException {
        BadBaseline(String message) { super(message); }
    }
}
