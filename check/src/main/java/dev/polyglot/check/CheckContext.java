package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.Advisor;
import dev.polyglot.advisor.Assessment;
import dev.polyglot.advisor.Role;
import dev.polyglot.workloads.ParseOutcome;
import dev.polyglot.workloads.WorkloadsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything the rules of one run share: the ADRs read, their decisions, the workloads files they name
 * (each read and advised once), and the advisor. Lives for one run; its caches are not global state.
 */
public final class CheckContext {
    private final List<Adr> adrs;
    private final Advisor advisor;
    private final WorkloadsSource source;
    private final Function<Path, String> display;
    private final boolean requireFrontMatter;
    private final Map<Path, LinkedWorkloads> workloads = new HashMap<>();
    private final Map<String, Assessment> assessments = new HashMap<>();

    /**
     * @param display            how findings name a file (relative to the working directory)
     * @param requireFrontMatter whether an ADR that does not take part is itself a finding (a warning)
     */
    public CheckContext(List<Adr> adrs, Advisor advisor, WorkloadsSource source, Function<Path, String> display,
                        boolean requireFrontMatter) {
        this.adrs = List.copyOf(adrs);
        this.advisor = advisor;
        this.source = source;
        this.display = display;
        this.requireFrontMatter = requireFrontMatter;
    }

    public List<Adr> adrs() { return adrs; }

    public Advisor advisor() { return advisor; }

    public boolean requireFrontMatter() { return requireFrontMatter; }

    public String display(Path path) { return display.apply(path); }

    /** The decision of an ADR that takes part; none for every other ADR, whatever its front matter says. */
    public Optional<Decision> decision(Adr adr) { return adr.takesPart() ? adr.frontMatter().map(Decision::of) : Optional.empty(); }

    /** How many of the ADRs take part (their front matter names one of polyglot's keys). */
    public long takingPart() { return adrs.stream().filter(Adr::takesPart).count(); }

    /** Superseded: by status, or by naming a successor. A superseded ADR is history, not checked against workloads. */
    public boolean isSuperseded(Adr adr) {
        return decision(adr).map(d -> d.parsedStatus().filter(AdrStatus.SUPERSEDED::equals).isPresent()
                || d.supersededBy().isPresent()).orElse(false);
    }

    /** Accepted and not superseded: the ADRs whose decisions are checked against their workloads. */
    public boolean isChecked(Adr adr) {
        return decision(adr).flatMap(Decision::parsedStatus).filter(AdrStatus.ACCEPTED::equals).isPresent() && !isSuperseded(adr);
    }

    /** Proposed or accepted, and not superseded: the ADRs whose references must resolve. */
    public boolean isLive(Adr adr) {
        return decision(adr).flatMap(Decision::parsedStatus)
                .filter(s -> s == AdrStatus.ACCEPTED || s == AdrStatus.PROPOSED).isPresent() && !isSuperseded(adr);
    }

    /** The workloads file an ADR names, resolved against the ADR's directory. */
    public Optional<Path> workloadsPath(Adr adr) {
        return decision(adr).flatMap(Decision::workloads).map(w -> adr.path().getParent().resolve(w.value()).normalize());
    }

    /** The named workloads file, read and advised once per run however many ADRs name it. */
    public Optional<LinkedWorkloads> workloads(Adr adr) {
        return workloadsPath(adr).map(path -> workloads.computeIfAbsent(identity(path), p -> load(path)));
    }

    /** The file as loaded, when it exists and is valid. */
    public Optional<LinkedWorkloads.Loaded> loadedWorkloads(Adr adr) {
        return workloads(adr).flatMap(w -> w instanceof LinkedWorkloads.Loaded l ? Optional.of(l) : Optional.empty());
    }

    /** Two spellings of the same file (../a/x.yml, ./x.yml, a symlink) compare equal. */
    public static Path identity(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (java.io.IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private LinkedWorkloads load(Path path) {
        String shown = display(path);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) return new LinkedWorkloads.Missing(path, shown);
        ParseOutcome outcome = source.read(path);
        if (outcome instanceof ParseOutcome.Rejected rejected) return new LinkedWorkloads.Invalid(path, shown, rejected.problems());
        WorkloadsFile file = ((ParseOutcome.Parsed) outcome).file();
        return new LinkedWorkloads.Loaded(path, shown, file, advisor.advise(file));
    }

    /** The declared engines the catalog knows, canonical, in declared order, each once. */
    public Set<String> knownEngines(Decision.Listing portfolio) {
        Set<String> engines = new LinkedHashSet<>();
        for (Decision.Text item : portfolio.items()) advisor.canonicalEngineId(item.value()).ifPresent(engines::add);
        return engines;
    }

    /** The advisor's assessment of {@code engines} on the file, computed once per set. */
    public Assessment assess(LinkedWorkloads.Loaded loaded, Set<String> engines) {
        String key = identity(loaded.path()) + "|" + new TreeSet<>(engines);
        return assessments.computeIfAbsent(key, k -> advisor.assess(loaded.file(), Set.copyOf(engines)));
    }

    /** The one engine {@code advise} proposes as headroom for this file, if any. */
    public static Optional<String> headroom(Advice advice) {
        return advice.portfolio().stream().filter(e -> e.role() == Role.HEADROOM).map(Advice.PortfolioEntry::engine).findFirst();
    }

    /**
     * The ADR a successor reference names, among all ADRs read (taking part or not): a path relative to the ADR
     * (a Markdown link's target, %-escapes and all), a file or folder name with or without {@code .md}, or an
     * ADR number ({@code 7}, {@code 0007}, {@code ADR-0007}); on a number, an ADR of the same folder comes first.
     */
    public Optional<Adr> resolveAdr(Adr from, String reference) {
        String ref = decoded(reference.strip());
        Path folder = from.path().getParent();
        try {
            Path resolved = folder.resolve(ref).normalize();
            // a link to a folder ADR may name the folder (2022-02-07-tracing/) rather than its README.md
            Optional<Adr> byPath = adrs.stream().filter(a -> a.path().equals(resolved)
                    || (a.path().getParent().equals(resolved) && !a.name().equals(stem(a.fileName())))).findFirst();
            if (byPath.isPresent()) return byPath;
        } catch (java.nio.file.InvalidPathException e) {
            // not a path: a name or a number
        }
        String last = ref.replace('\\', '/').replaceAll("/+$", "");
        String name = stem(last.substring(last.lastIndexOf('/') + 1));
        Optional<Adr> byName = adrs.stream().filter(a -> a.name().equals(name) || stem(a.fileName()).equals(name))
                .min(java.util.Comparator.comparing((Adr a) -> !a.path().getParent().equals(folder)));
        if (byName.isPresent()) return byName;
        return AdrLayout.number(name).flatMap(n -> adrs.stream().filter(a -> AdrLayout.number(a.name()).filter(n::equals).isPresent())
                .min(java.util.Comparator.comparing((Adr a) -> !a.path().getParent().equals(folder))));
    }

    private static String stem(String fileName) { return fileName.replaceFirst("(?i)\\.(md|markdown)$", ""); }

    private static String decoded(String reference) {
        try {
            return java.net.URLDecoder.decode(reference.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return reference;
        }
    }
}
