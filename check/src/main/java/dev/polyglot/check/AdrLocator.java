package dev.polyglot.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the PATH arguments of {@code check} into ADR files: a Markdown file is taken as it is, a directory
 * contributes the files {@link AdrLayout} names ADRs at any depth, and a glob ({@code services/*&#47;docs/adr})
 * is expanded relative to the working directory. Without arguments, the folders teams conventionally keep
 * ADRs in ({@link #DEFAULT_FOLDERS}) are searched.
 */
public final class AdrLocator {
    /** Where adr-tools, log4brains, MADR and others keep ADRs; every one that exists is searched. */
    public static final List<String> DEFAULT_FOLDERS = List.of("docs/adr", "docs/adrs", "docs/decisions", "doc/adr", "docs/architecture/decisions");
    private static final Pattern DATA_FILE = Pattern.compile("(?i).*\\.(ya?ml|json)");
    private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");

    private final Path workingDir;

    /** @param workingDir the directory relative arguments are resolved against */
    public AdrLocator(Path workingDir) { this.workingDir = workingDir.toAbsolutePath().normalize(); }

    /** What the arguments name: the ADR files, or the first argument that names nothing. */
    public sealed interface Located {
        record Files(List<Path> adrs) implements Located { public Files { adrs = List.copyOf(adrs); } }
        record Unreadable(String message) implements Located {}
    }

    /** The ADRs of the conventional folders that exist, or a message naming them all when none does. */
    public Located locateDefault() {
        List<String> present = DEFAULT_FOLDERS.stream().filter(f -> Files.isDirectory(workingDir.resolve(f))).toList();
        if (present.isEmpty()) {
            return new Located.Unreadable("no ADR folder here (looked for " + String.join(", ", DEFAULT_FOLDERS)
                    + "); pass the folder that holds your ADRs, e.g. polyglot check docs/architecture");
        }
        return locate(present);
    }

    /** Expands every argument; the ADRs come back absolute, sorted and each once. */
    public Located locate(List<String> arguments) {
        TreeSet<Path> found = new TreeSet<>();
        for (String argument : arguments) {
            boolean globbed = GLOB_CHARS.matcher(argument).find();
            List<Path> matched = globbed ? expandGlob(argument) : List.of(workingDir.resolve(argument).normalize());
            if (matched.isEmpty()) return new Located.Unreadable(argument + ": the pattern matches no file or directory");
            for (Path path : matched) {
                if (Files.isDirectory(path)) found.addAll(adrsUnder(path));
                else if (globbed) { if (Files.isRegularFile(path) && AdrLayout.isAdr(path)) found.add(path); }
                else if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                    return new Located.Unreadable(argument + ": no such file or directory (ADRs are looked for in docs/adr by default; pass their directory)");
                } else if (!AdrLayout.isMarkdown(path)) return new Located.Unreadable(notAnAdr(argument, path));
                else found.add(path);
            }
        }
        return new Located.Files(new ArrayList<>(found));
    }

    /** How findings name a file: relative to the working directory when under it, with forward slashes. */
    public String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDir) ? workingDir.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    /** A file named on the command line that is not Markdown: most often the workloads file itself. */
    private static String notAnAdr(String argument, Path path) {
        String what = DATA_FILE.matcher(path.getFileName().toString()).matches() ? "is a data file (a workloads file?), not an ADR" : "is not a Markdown file";
        return argument + ": " + what + ". check reads architecture decision records, Markdown files such as docs/adr/0003-database-portfolio.md "
                + "whose front matter names a workloads file (workloads: ../../" + path.getFileName() + ") and the portfolio decided; "
                + "pass their folder. For advice on a workloads file run: polyglot advise " + argument
                + " (add --adr docs/adr to write it as an ADR)";
    }

    /** The ADRs under a folder at any depth, not entering hidden, node_modules or template folders below it. */
    private static List<Path> adrsUnder(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && AdrLayout.isSkippedFolder(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && AdrLayout.isAdr(file)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
        return found.stream().sorted().toList();
    }

    private List<Path> expandGlob(String glob) {
        String normalized = glob.replace('\\', '/');
        Matcher where = split(normalized);
        Path base = workingDir.resolve(where.prefix()).normalize();
        if (!Files.isDirectory(base)) return List.of();
        String pattern = base.toString().replace('\\', '/') + "/" + where.rest();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> matcher.matches(Path.of(p.toString().replace('\\', '/')))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(glob + ": cannot expand: " + e.getMessage(), e);
        }
    }

    /** The directories before the first glob character, and the pattern after them. */
    private static Matcher split(String glob) {
        String[] parts = glob.split("/");
        StringBuilder prefix = new StringBuilder();
        int i = 0;
        for (; i < parts.length && !GLOB_CHARS.matcher(parts[i]).find(); i++) prefix.append(parts[i]).append('/');
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
        return new Matcher(prefix.length() == 0 ? "." : prefix.toString(), rest);
    }

    private record Matcher(String prefix, String rest) {}
}
