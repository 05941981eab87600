package dev.polyglot.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code check --init}: adds polyglot's keys to an ADR a team already has, so check keeps its decision true.
 * Works on the file's bytes: the new lines are spliced in just before the front matter's closing {@code ---} (or
 * a new front matter block is put at the top, after a BOM), so every byte already there stays, in order. The
 * line ends of the new lines are the file's own (CRLF or LF).
 */
public final class AdrInit {
    /** A Nygard "## Status" heading; the status is the first non-blank line under it. */
    private static final Pattern STATUS_HEADING = Pattern.compile("(?i)#{1,6}\\s*status\\s*:?\\s*");
    /** MADR 2 and log4brains: "- Status: accepted", "* **Status**: Accepted", "Status: accepted". */
    private static final Pattern STATUS_LINE = Pattern.compile("(?i)\\s*[-*]?\\s*\\**status\\**\\s*:\\**\\s*(.+?)\\s*");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private AdrInit() {}

    /** What {@link #addKeys} gave: the new file and the keys added, or why the ADR was left as it is. */
    public sealed interface Outcome {
        record Added(byte[] bytes, List<String> keys) implements Outcome {
            public Added { keys = List.copyOf(keys); }
        }

        record Refused(String message) implements Outcome {}
    }

    /**
     * @param original      the ADR's bytes
     * @param workloadsPath the workloads file, relative to the ADR's folder
     * @param portfolio     the engine ids decided, at least one
     * @return the ADR with {@code workloads:}, {@code portfolio:} and, when its front matter has none, a
     *         {@code status:} (read from the body's Status section or line, else {@code proposed})
     */
    public static Outcome addKeys(byte[] original, String workloadsPath, List<String> portfolio) {
        if (portfolio.isEmpty()) throw new IllegalArgumentException("portfolio must name at least one engine");
        List<String> lines = AdrReader.lines(original);
        FrontMatterBlock block = FrontMatterParser.parse(lines);
        if (block instanceof FrontMatterBlock.Broken broken) {
            return new Outcome.Refused("its front matter does not parse (line " + broken.line() + ": " + broken.message() + "); fix it first");
        }
        Optional<FrontMatter> existing = block instanceof FrontMatterBlock.Present p ? Optional.of(p.frontMatter()) : Optional.empty();
        if (existing.filter(FrontMatter::namesPolyglotKeys).isPresent()) {
            YamlValue.Entry first = existing.get().fields().stream().filter(f -> FrontMatter.POLYGLOT_KEYS.contains(f.key().text())).findFirst().orElseThrow();
            return new Outcome.Refused("it already takes part (" + first.key().text() + ": on line " + first.key().line() + "); edit its keys by hand");
        }
        String eol = lineEnd(original);
        List<String> keys = new ArrayList<>();
        StringBuilder added = new StringBuilder();
        if (existing.flatMap(fm -> fm.field("status")).isEmpty()) {
            String status = bodyStatus(lines).orElse(AdrStatus.PROPOSED.id());
            added.append("status: ").append(AdrWriter.yaml(status)).append(eol);
            keys.add("status: " + status);
        }
        added.append("workloads: ").append(AdrWriter.yaml(workloadsPath)).append(eol);
        added.append("portfolio: [").append(String.join(", ", portfolio)).append(']').append(eol);
        keys.add("workloads: " + workloadsPath);
        keys.add("portfolio: [" + String.join(", ", portfolio) + "]");

        int at;
        String insert;
        if (existing.isPresent()) {
            at = lineStart(original, closingFence(lines));
            insert = added.toString();
        } else {
            at = startsWith(original, BOM) ? BOM.length : 0;
            insert = "---" + eol + added + "---" + eol;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + insert.length() * 2);
        out.write(original, 0, at);
        out.writeBytes(insert.getBytes(StandardCharsets.UTF_8));
        out.write(original, at, original.length - at);
        byte[] result = out.toByteArray();
        // YAML that is not a plain block map (indented keys, a flow map) would not take the new lines; never write that
        Adr written = AdrReader.parse(Path.of("adr.md"), "adr.md", AdrReader.lines(result));
        boolean valid = written.takesPart() && written.frontMatter().map(Decision::of)
                .filter(d -> d.workloads().isPresent() && d.portfolio().isPresent()).isPresent();
        if (!valid) return new Outcome.Refused("its front matter is not a plain list of top-level keys, so the new keys cannot be added safely; add "
                + String.join(", ", keys) + " by hand");
        return new Outcome.Added(result, keys);
    }

    /** The status the body gives, when it is one check knows. */
    static Optional<String> bodyStatus(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (STATUS_HEADING.matcher(line).matches()) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = lines.get(j).strip();
                    if (next.isEmpty()) continue;
                    return known(next);
                }
            }
            Matcher m = STATUS_LINE.matcher(line);
            if (m.matches()) return known(m.group(1));
        }
        return Optional.empty();
    }

    /** The text if it is a status as written, else its first word if that is one ("Accepted on 2020-01-02"). */
    private static Optional<String> known(String text) {
        String clean = text.replace("*", "").strip();
        if (AdrStatus.parse(clean).isPresent()) return Optional.of(clean);
        String first = clean.split("[\\s,.;]+", 2)[0];
        return AdrStatus.parse(first).map(s -> s.id());
    }

    private static int closingFence(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) return i;
        }
        throw new IllegalStateException("front matter parsed without a closing fence");
    }

    /** The byte offset where line {@code index} starts, splitting on CRLF, LF or CR as {@link AdrReader#lines} does. */
    private static int lineStart(byte[] bytes, int index) {
        int line = 0;
        for (int i = 0; i < bytes.length && line < index; i++) {
            if (bytes[i] == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
                line++;
            } else if (bytes[i] == '\n') {
                line++;
            }
            if (line == index) return i + 1;
        }
        return index == 0 ? 0 : bytes.length;
    }

    private static String lineEnd(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') return i > 0 && bytes[i - 1] == '\r' ? "\r\n" : "\n";
        }
        return "\n";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }
}
