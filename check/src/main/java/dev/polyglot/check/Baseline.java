package dev.polyglot.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted as they stand, as ArchUnit freezes violations: a check with a baseline fails only on
 * findings the baseline does not hold, and reports the recorded ones that are gone so the baseline shrinks.
 * Stored as JSON: {@code {"version":1,"findings":[{"rule","file","key","message"}]}}.
 */
public record Baseline(List<BaselineEntry> entries) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Baseline {
        entries = entries.stream().sorted(Comparator.comparing(BaselineEntry::file).thenComparing(BaselineEntry::rule)
                .thenComparing(BaselineEntry::key)).toList();
    }

    /** A baseline that accepts exactly these findings. */
    public static Baseline of(List<Finding> findings) { return new Baseline(findings.stream().map(BaselineEntry::of).toList()); }

    /** How current findings stand against the baseline. */
    public record Comparison(List<Finding> fresh, List<Finding> accepted, List<BaselineEntry> fixed) {
        public Comparison {
            fresh = List.copyOf(fresh);
            accepted = List.copyOf(accepted);
            fixed = List.copyOf(fixed);
        }
    }

    /** Each entry accepts at most one finding, so a second identical finding is new. */
    public Comparison compare(List<Finding> findings) {
        List<BaselineEntry> unused = new ArrayList<>(entries);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        for (Finding f : findings) {
            int i = indexOf(unused, f);
            if (i >= 0) { unused.remove(i); accepted.add(f); } else fresh.add(f);
        }
        return new Comparison(fresh, accepted, unused);
    }

    private static int indexOf(List<BaselineEntry> entries, Finding f) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).matches(f)) return i;
        return -1;
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + e.getLocation().getLineNr() + ": not a baseline (JSON): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("findings").isArray()) throw new IOException(file + ": not a baseline: expected {\"findings\": [...]}");
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            entries.add(new BaselineEntry(n.path("rule").asText(), n.path("file").asText(), n.path("key").asText(), n.path("message").asText()));
        }
        return new Baseline(entries);
    }

    /** Writes the baseline, entries in a stable order so its diffs stay small. */
    public void write(Path file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("findings", entries.stream().map(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("rule", e.rule()); m.put("file", e.file()); m.put("key", e.key()); m.put("message", e.message());
            return m;
        }).toList());
        try {
            Files.writeString(file, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the baseline: " + e.getMessage(), e);
        }
    }
}
