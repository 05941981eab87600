package dev.polyglot.check.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.polyglot.check.BaselineEntry;
import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {"findings":[{"rule","severity","file","line","message"}],"errors":N,"warnings":N}} as the contract fixes
 * it, then {@code adrs_found} and {@code adrs_taking_part} (so a script sees whether check saw its folder); with a
 * baseline, {@code baselined} and {@code fixed} are added after them.
 */
public final class JsonFormat implements ReportFormat {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override public String id() { return "json"; }

    @Override public String render(Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("findings", findings(report.fresh()));
        doc.put("errors", report.errors());
        doc.put("warnings", report.warnings());
        doc.put("adrs_found", report.result().adrs().size());
        doc.put("adrs_taking_part", report.result().takingPart());
        if (report.baseline()) {
            doc.put("baselined", findings(report.baselined()));
            doc.put("fixed", report.fixed().stream().map(JsonFormat::fixed).toList());
        }
        return write(doc);
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().id());
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("message", f.message());
            return m;
        }).toList();
    }

    private static Map<String, Object> fixed(BaselineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", e.rule());
        m.put("file", e.file());
        m.put("message", e.message());
        return m;
    }

    static String write(Object doc) {
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
