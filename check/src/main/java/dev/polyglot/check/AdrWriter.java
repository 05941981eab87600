package dev.polyglot.check;

import dev.polyglot.advisor.Advice;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes {@code advise}'s recommendation as the next ADR of a directory, front matter and all, with status
 * {@code proposed}: once the team sets it to {@code accepted}, {@code check} verifies it. Numbered like the
 * directory's other ADRs ({@code 0004-...}), or date-named when the directory uses dates.
 */
public final class AdrWriter {
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-.+\\.md");
    private static final Pattern NUMBERED = Pattern.compile("(\\d+)-.+\\.md");
    private static final Pattern PLAIN_YAML = Pattern.compile("[A-Za-z0-9./][A-Za-z0-9 ._/()-]*");

    private AdrWriter() {}

    /**
     * @param directory     the ADR directory, created if missing
     * @param workloadsFile the file advised on, written into the front matter relative to the new ADR
     * @param today         the ADR's date
     * @return the file written
     * @throws UncheckedIOException when the directory cannot be listed or the file written
     */
    public static Path write(Path directory, Path workloadsFile, WorkloadsFile workloads, Advice advice, LocalDate today) {
        try {
            Files.createDirectories(directory);
            int number = nextNumber(directory);
            String slug = "database-portfolio-for-" + workloads.systemName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String name = usesDates(directory) ? today + "-" + slug + ".md" : String.format(Locale.ROOT, "%04d-%s.md", number, slug);
            Path adr = directory.resolve(name);
            String relative = directory.toAbsolutePath().normalize().relativize(workloadsFile.toAbsolutePath().normalize()).toString().replace('\\', '/');
            Files.writeString(adr, render(number, relative, workloads, advice, today), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            return adr;
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot write the ADR: " + e.getMessage(), e);
        }
    }

    /**
     * An ADR of the directory that already records this decision: it names the same workloads file (however
     * spelt) and the same portfolio, whatever its status. {@code advise --adr} run twice must not write it again.
     */
    public static Optional<Adr> holding(Path directory, Path workloadsFile, Advice advice) {
        if (!Files.isDirectory(directory)) return Optional.empty();
        Set<String> decided = advice.portfolio().stream().map(e -> e.engine().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Path wanted = CheckContext.identity(workloadsFile);
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(AdrLayout::isAdr).sorted()
                    .map(p -> AdrReader.read(p, p.toString())).filter(Adr::takesPart).filter(adr -> adr.frontMatter().map(Decision::of).filter(d ->
                            d.workloads().map(w -> CheckContext.identity(adr.path().getParent().resolve(w.value())).equals(wanted)).orElse(false)
                            && d.portfolio().map(p -> p.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()).equals(decided)).orElse(false))
                            .isPresent())
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // write() reports an unreadable directory
        }
    }

    /** One more than the highest ADR number in the directory; 1 in an empty one. */
    static int nextNumber(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !DATED.matcher(n).matches())
                    .map(NUMBERED::matcher).filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0) + 1;
        }
    }

    private static boolean usesDates(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> NUMBERED.matcher(n).matches()).toList();
            return !names.isEmpty() && names.stream().allMatch(n -> DATED.matcher(n).matches());
        }
    }

    static String render(int number, String workloadsPath, WorkloadsFile workloads, Advice advice, LocalDate today) {
        StringBuilder md = new StringBuilder("---\n")
                .append("status: proposed\n")
                .append("date: ").append(today).append('\n')
                .append("workloads: ").append(yaml(workloadsPath)).append('\n')
                .append("portfolio: [").append(String.join(", ", advice.portfolio().stream().map(Advice.PortfolioEntry::engine).toList())).append("]\n");
        if (!advice.routes().isEmpty()) {
            md.append("routes:\n");
            for (Advice.Route r : advice.routes()) md.append("  ").append(yaml(r.workload())).append(": ").append(r.engine()).append('\n');
        }
        md.append("---\n# ").append(number).append(". Database portfolio for ").append(workloads.systemName()).append("\n\n")
                .append("## Status\n\nProposed by `polyglot advise`. Set `status: accepted` once the team agrees; `polyglot check` then keeps it true.\n\n")
                .append("## Context\n\n").append(workloads.workloads().size()).append(" workloads from `").append(workloadsPath).append("`:\n\n")
                .append("| workload | shape | ops/s | p99 budget | consistency |\n|---|---|---|---|---|\n");
        for (Workload w : workloads.workloads()) {
            md.append("| ").append(w.name()).append(" | ").append(w.shape().id()).append(" | ").append(number(w.opsPerSec())).append(" | ")
                    .append(number(w.p99Ms())).append(" ms | ").append(w.consistency().id()).append(" |\n");
        }
        md.append("\n## Decision\n\nRun ").append(advice.portfolio().size()).append(advice.portfolio().size() == 1 ? " engine" : " engines").append(":\n\n");
        for (Advice.PortfolioEntry e : advice.portfolio()) {
            md.append("- **").append(e.engine()).append("** (").append(e.family()).append(", ").append(e.role().id()).append(", ")
                    .append(e.nodes()).append(e.nodes() == 1 ? " node" : " nodes").append("): ").append(e.reason()).append('\n');
        }
        if (!advice.routes().isEmpty()) {
            md.append("\n| workload | engine | fit | p99 estimate | p99 budget |\n|---|---|---|---|---|\n");
            for (Advice.Route r : advice.routes()) {
                md.append("| ").append(r.workload()).append(" | ").append(r.engine()).append(" | ").append(r.fit().id())
                        .append(r.via().map(v -> " (" + v + ")").orElse("")).append(" | ").append(number(r.p99EstimateMs())).append(" ms | ")
                        .append(number(r.p99BudgetMs())).append(" ms |\n");
            }
        }
        md.append("\n## Consequences\n\n");
        advice.sync().forEach(s -> md.append("- ").append(s.to()).append(" follows ").append(s.from()).append(" by ").append(s.method().id()).append(".\n"));
        advice.growth().forEach(g -> md.append("- ").append(g.trigger())
                .append(g.monthsLeft().isPresent() ? String.format(Locale.ROOT, ", in about %.1f months", g.monthsLeft().getAsDouble()) : "")
                .append(g.nextEngine().map(next -> ": then " + next + " takes over " + g.workload() + ".\n")
                        .orElse(": no engine of the catalog takes over " + g.workload() + "; plan to split or shard it.\n")));
        advice.unserved().forEach(u -> md.append("- Unserved: ").append(u.workload()).append(": ").append(u.reason()).append(".\n"));
        if (advice.sync().isEmpty() && advice.growth().isEmpty() && advice.unserved().isEmpty()) md.append("- One engine to operate; nothing to keep in sync.\n");
        return md.toString();
    }

    /** A YAML scalar: plain when safe, double-quoted otherwise (names may hold ':' or '#'). */
    static String yaml(String text) {
        if (PLAIN_YAML.matcher(text).matches() && !text.endsWith(" ")) return text;
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
