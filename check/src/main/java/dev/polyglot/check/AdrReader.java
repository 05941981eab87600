package dev.polyglot.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
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
    /** An ADR is a page or two; of a larger file only this much is read (its front matter is at the top). */
    static final int MAX_BYTES = 1_000_000;
    private static final java.util.regex.Pattern LINE_END = java.util.regex.Pattern.compile("\r\n|\n|\r");

    private AdrReader() {}

    /**
     * @param path        the file, absolute
     * @param displayPath how findings name it
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Adr read(Path path, String displayPath) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path, displayPath, lines(in.readNBytes(MAX_BYTES)));
        } catch (IOException e) {
            throw new UncheckedIOException(displayPath + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the lines of an ADR already in memory. */
    public static Adr parse(Path path, String displayPath, List<String> lines) {
        return new Adr(path.toAbsolutePath().normalize(), displayPath, title(lines), FrontMatterParser.parse(lines));
    }

    /**
     * The text as lines, whatever its line ends (LF, CRLF, CR) and encoding: bytes that are not UTF-8 (a Latin-1
     * file, a multi-byte character cut at {@value #MAX_BYTES}) become U+FFFD instead of failing the read.
     */
    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8); // replaces malformed input, never throws
        List<String> lines = new java.util.ArrayList<>(List.of(LINE_END.split(text, -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    private static Optional<String> title(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst();
    }
}
