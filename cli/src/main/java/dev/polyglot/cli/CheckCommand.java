package dev.polyglot.cli;

import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.check.Adr;
import dev.polyglot.check.AdrInit;
import dev.polyglot.check.AdrLayout;
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
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "ADR files, directories (searched recursively) or globs (default: docs/adr, docs/decisions, doc/adr, ... where they exist).")
    List<String> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Completions.CheckFormats.class,
            description = "Output format: text, json, sarif, github or junit (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    @Option(names = "--require-front-matter", description = "Warn about ADRs whose front matter has none of polyglot's keys (workloads, portfolio, routes).")
    boolean requireFrontMatter;

    @Option(names = "--init", paramLabel = "ADR",
            description = "Add polyglot's keys (workloads, portfolio, and status when missing) to an existing ADR, leaving its own front matter and body as they are.")
    Path initAdr;

    @Option(names = "--workloads", paramLabel = "FILE", description = "With --init: the workloads file the ADR decides for.")
    Path initWorkloads;

    @Option(names = "--portfolio", paramLabel = "ENGINE", split = ",",
            description = "With --init: the engines the ADR decided on (default: what advise proposes for the workloads file).")
    List<String> initPortfolio = List.of();

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
        if (initAdr == null && (initWorkloads != null || !initPortfolio.isEmpty())) return bad(err, "--workloads and --portfolio go with --init ADR");
        if (initAdr != null) return init(out, err);
        Optional<Checker> checker = checker(err);
        if (checker.isEmpty()) return ExitCode.BAD_INPUT;
        AdrLocator locator = new AdrLocator(workingDir);
        AdrLocator.Located located = paths.isEmpty() ? locator.locateDefault() : locator.locate(paths);
        if (located instanceof AdrLocator.Located.Unreadable unreadable) return bad(err, unreadable.message());
        try {
            List<Adr> adrs = ((AdrLocator.Located.Files) located).adrs().stream().map(p -> AdrReader.read(p, locator.display(p))).toList();
            String where = paths.isEmpty() ? "the default folders" : String.join(" ", paths);
            if (adrs.isEmpty()) {
                err.println("polyglot check: no ADR in " + where + " (looked for 0007-title.md, adr-007-title.md, adr007-title.md, "
                        + "'007. Title.md', 20201028-title.md, 2026-11-01-title.md and 2026-11-01-title/README.md, at any depth)");
            } else if (adrs.stream().noneMatch(Adr::takesPart)) {
                err.println("polyglot check: none of the " + adrs.size() + " ADRs in " + where + " takes part: an ADR takes part when its front "
                        + "matter names workloads:, portfolio: or routes: (add them with polyglot check --init ADR --workloads FILE)");
            }
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

    /**
     * {@code --init ADR --workloads FILE [--portfolio a,b]}: the ADR rewritten with polyglot's keys, its own bytes
     * kept. Without {@code --portfolio}, the portfolio advise proposes, and the command says so.
     */
    private int init(PrintWriter out, PrintWriter err) {
        if (initWorkloads == null) return bad(err, "--init needs --workloads FILE: the workloads file the ADR decides the portfolio for");
        Path adr = workingDir.resolve(initAdr).toAbsolutePath().normalize();
        Path workloadsFile = workingDir.resolve(initWorkloads).toAbsolutePath().normalize();
        if (!Files.isRegularFile(adr)) return bad(err, initAdr + ": no such ADR file");
        if (!AdrLayout.isMarkdown(adr)) return bad(err, initAdr + ": not a Markdown file; --init adds keys to an ADR (.md)");
        if (!Files.isRegularFile(workloadsFile)) return bad(err, initWorkloads + ": no such workloads file");
        Optional<Checker> checker = checker(err);
        if (checker.isEmpty()) return ExitCode.BAD_INPUT;
        Advisor used = checker.get().advisor();
        ParseOutcome parsed = checker.get().source().read(workloadsFile);
        if (parsed instanceof ParseOutcome.Rejected rejected) {
            rejected.problems().forEach(err::println);
            return bad(err, initWorkloads + " is not a valid workloads file; see docs/workloads-format.md");
        }
        List<String> portfolio = new ArrayList<>();
        for (String engine : initPortfolio) {
            Optional<String> id = used.canonicalEngineId(engine.strip());
            if (id.isEmpty()) return bad(err, "--portfolio: unknown engine '" + engine.strip() + "'; use one of " + new TreeSet<>(used.engineIds()));
            if (!portfolio.contains(id.get())) portfolio.add(id.get());
        }
        if (portfolio.isEmpty()) {
            used.advise(((ParseOutcome.Parsed) parsed).file()).portfolio().forEach(e -> portfolio.add(e.engine()));
            err.println("polyglot check: portfolio " + portfolio + " is what advise proposes for " + initWorkloads
                    + "; if the ADR decided otherwise, run again with --portfolio ENGINE,ENGINE");
        }
        String relative = adr.getParent().relativize(workloadsFile).toString().replace('\\', '/');
        try {
            AdrInit.Outcome outcome = AdrInit.addKeys(Files.readAllBytes(adr), relative, portfolio);
            if (outcome instanceof AdrInit.Outcome.Refused refused) return bad(err, initAdr + ": " + refused.message());
            AdrInit.Outcome.Added added = (AdrInit.Outcome.Added) outcome;
            Path temporary = Files.createTempFile(adr.getParent(), ".polyglot-init-", ".md");
            Files.write(temporary, added.bytes());
            Files.move(temporary, adr, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("added to " + initAdr + ": " + String.join("; ", added.keys()));
            String folder = new AdrLocator(workingDir).display(adr.getParent());
            out.println("it now takes part; check it with: polyglot check " + (folder.isEmpty() ? "." : folder));
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            return bad(err, initAdr + ": cannot rewrite: " + e.getMessage());
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
