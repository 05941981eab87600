package dev.polyglot.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one Markdown ADR: its front matter (with lines) and its title. Nygard ADRs ("# 3. Use Postgres") and
 * MADR ones ("# Use Postgres") differ only in the body, which is not interpreted beyond the first heading.
 */
public final class AdrReader {
    /** An ADR is a page or two; a larger file is not one, and reading it whole would be wasteful. */
    static final long MAX_BYTES = 1_000_000;

    private AdrReader() {}

    /**
     * @param path        the file, absolute
     * @param displayPath how findings name it
     * @throws UncheckedIOException when the file cannot be read or is over {@value #MAX_BYTES} bytes
     */
    public static Adr read(Path path, String displayPath) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UncheckedIOException(new IOException(displayPath + ": over " + MAX_BYTES + " bytes, not an ADR"));
            }
            return parse(path, displayPath, Files.readAllLines(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(displayPath + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the lines of an ADR already in memory. */
    public static Adr parse(Path path, String displayPath, List<String> lines) {
        return new Adr(path.toAbsolutePath().normalize(), displayPath, title(lines), FrontMatterParser.parse(lines));
    }

    private static Optional<String> title(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst();
    }
}
