package dev.polyglot.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the PATH arguments of {@code check} into ADR files: a file is taken as it is, a directory contributes
 * its ADR-named Markdown files ({@code NNNN-title.md}, {@code 2026-11-01-title.md}) at any depth, and a glob
 * ({@code services/*&#47;docs/adr}) is expanded relative to the working directory.
 */
public final class AdrLocator {
    /** Numbered (Nygard, MADR) or date-named ADR files; README.md, template.md and the like are not ADRs. */
    private static final Pattern ADR_NAME = Pattern.compile("\\d+-.+\\.md");
    private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");

    private final Path workingDir;

    /** @param workingDir the directory relative arguments are resolved against */
    public AdrLocator(Path workingDir) { this.workingDir = workingDir.toAbsolutePath().normalize(); }

    /** What the arguments name: the ADR files, or the first argument that names nothing. */
    public sealed interface Located {
        record Files(List<Path> adrs) implements Located { public Files { adrs = List.copyOf(adrs); } }
        record Unreadable(String message) implements Located {}
    }

    /** Expands every argument; the ADRs come back absolute, sorted and each once. */
    public Located locate(List<String> arguments) {
        TreeSet<Path> found = new TreeSet<>();
        for (String argument : arguments) {
            List<Path> matched = GLOB_CHARS.matcher(argument).find() ? expandGlob(argument) : List.of(workingDir.resolve(argument).normalize());
            if (matched.isEmpty()) return new Located.Unreadable(argument + ": the pattern matches no file or directory");
            for (Path path : matched) {
                if (Files.isDirectory(path)) found.addAll(adrsUnder(path));
                else if (Files.isRegularFile(path) && Files.isReadable(path)) found.add(path);
                else return new Located.Unreadable(argument + ": no such file or directory (ADRs are looked for in docs/adr by default; pass their directory)");
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

    private static List<Path> adrsUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> ADR_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
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
