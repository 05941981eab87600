package dev.polyglot.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file and folder names that mark an ADR in the layouts teams use: {@code 0007-title.md} (Nygard, adr-tools,
 * MADR), {@code 0007_title.md}, {@code adr-007-title.md}, {@code adr007-title.md}, {@code ADR-2503-title.md},
 * {@code 007. Title.md}, log4brains' {@code 20201028-title.md}, {@code 2026-11-01-title.md}, and a
 * {@code README.md} or {@code index.md} inside a folder named like one ({@code 2022-02-07-tracing/README.md}).
 * Templates ({@code template.md}, {@code adr-template.md}, {@code 0000-template.md}) and index pages are not ADRs.
 */
public final class AdrLayout {
    private static final Pattern MARKDOWN = Pattern.compile("(?i)(.+)\\.(md|markdown)");
    /** 0007-title, 0007_title, 20201028-title, 2026-11-01-title. */
    private static final Pattern NUMBERED = Pattern.compile("\\d+[-_].*\\S.*");
    /** adr-007-title, adr007-title, ADR_2503_title, adr-0007. */
    private static final Pattern PREFIXED = Pattern.compile("(?i)adr[-_ ]?\\d+([-_ .].*)?");
    /** 007. Title */
    private static final Pattern DOTTED = Pattern.compile("\\d+\\.\\s*\\S.*");
    private static final Pattern TEMPLATE = Pattern.compile("(?i).*templates?");
    private static final Pattern TEMPLATE_IN_NAME = Pattern.compile("(?i).*template.*");
    /** The number of an ADR name, after an optional "adr" prefix; date-named ADRs have none. */
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:adr[-_ ]?)?0*(\\d{1,6})(?=[-_. ]|$)");
    private static final Pattern DATED = Pattern.compile("^(\\d{8}|\\d{4}-\\d{2}-\\d{2})(?=[-_]|$)");
    private static final List<String> FOLDER_PAGES = List.of("readme", "index");

    private AdrLayout() {}

    /** Whether this file is an ADR by its name (and, for README.md/index.md, its folder's name). */
    public static boolean isAdr(Path file) {
        Optional<String> stem = markdownStem(file.getFileName().toString());
        if (stem.isEmpty() || TEMPLATE_IN_NAME.matcher(stem.get()).matches()) return false;
        if (FOLDER_PAGES.contains(stem.get().toLowerCase(Locale.ROOT))) {
            Path folder = file.getParent() == null ? null : file.getParent().getFileName();
            return folder != null && isAdrName(folder.toString());
        }
        return isAdrName(stem.get());
    }

    /** A folder the search does not enter: hidden ones, node_modules, and template folders inside an ADR folder. */
    public static boolean isSkippedFolder(Path folder) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        return name.startsWith(".") || name.equals("node_modules") || TEMPLATE.matcher(name).matches();
    }

    /** Whether the file name ends in .md or .markdown. */
    public static boolean isMarkdown(Path file) { return markdownStem(file.getFileName().toString()).isPresent(); }

    /** The name an ADR is referred to by: its file name without extension, or its folder's for README.md/index.md. */
    public static String name(Path file) {
        String stem = markdownStem(file.getFileName().toString()).orElse(file.getFileName().toString());
        if (FOLDER_PAGES.contains(stem.toLowerCase(Locale.ROOT)) && file.getParent() != null && file.getParent().getFileName() != null) {
            return file.getParent().getFileName().toString();
        }
        return stem;
    }

    /** The ADR number a name or reference carries ({@code 0007-x}, {@code ADR-0007}, {@code adr7}, {@code 7}); none for dates. */
    public static Optional<Integer> number(String name) {
        if (DATED.matcher(name).find()) return Optional.empty();
        Matcher m = NUMBER.matcher(name);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static boolean isAdrName(String stem) {
        if (TEMPLATE_IN_NAME.matcher(stem).matches()) return false;
        return NUMBERED.matcher(stem).matches() || PREFIXED.matcher(stem).matches() || DOTTED.matcher(stem).matches();
    }

    private static Optional<String> markdownStem(String fileName) {
        Matcher m = MARKDOWN.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
