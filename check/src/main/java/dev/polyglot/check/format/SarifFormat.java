package dev.polyglot.check.format;

import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;
import dev.polyglot.check.Rule;
import dev.polyglot.check.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, one run: every rule's metadata in {@code tool.driver.rules}, each finding a result with its file
 * and {@code region.startLine}, and a partial fingerprint on rule, file and key so code scanning tracks a finding
 * across edits. With a baseline, results carry {@code baselineState} {@code new} or {@code unchanged}.
 */
public final class SarifFormat implements ReportFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override public String id() { return "sarif"; }

    @Override public String render(Report report) {
        List<Rule> rules = report.result().rules();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : report.fresh()) results.add(result(f, rules, report.baseline() ? "new" : null));
        for (Finding f : report.baselined()) results.add(result(f, rules, "unchanged"));
        Map<String, Object> driver = map("name", "polyglot",
                "semanticVersion", "0.1.0", "rules", rules.stream().map(SarifFormat::rule).toList());
        Map<String, Object> run = map("tool", map("driver", driver), "results", results);
        return JsonFormat.write(map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    private static Map<String, Object> rule(Rule rule) {
        return map("id", rule.id(), "name", pascal(rule.id()),
                "shortDescription", map("text", rule.description()),
                "fullDescription", map("text", rule.description()),
                "defaultConfiguration", map("level", level(rule.severity())),
                "help", map("text", rule.description() + " See the check section of the polyglot command-line contract."));
    }

    private static Map<String, Object> result(Finding f, List<Rule> rules, String baselineState) {
        Map<String, Object> result = map("ruleId", f.rule());
        int index = indexOf(rules, f.rule());
        if (index >= 0) result.put("ruleIndex", index);
        result.put("level", level(f.severity()));
        result.put("message", map("text", f.message()));
        result.put("locations", List.of(map("physicalLocation", map(
                "artifactLocation", map("uri", uri(f.file())),
                "region", map("startLine", f.line())))));
        result.put("partialFingerprints", map("polyglotFinding/v1", fingerprint(f)));
        if (baselineState != null) result.put("baselineState", baselineState);
        return result;
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) if (rules.get(i).id().equals(id)) return i;
        return -1;
    }

    private static String level(Severity severity) { return severity == Severity.ERROR ? "error" : "warning"; }

    /** unserved-workload -> UnservedWorkload, SARIF's convention for a rule's readable name. */
    static String pascal(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        return out.toString();
    }

    /** A relative URI reference: spaces and other unsafe characters percent-encoded, slashes kept. */
    static String uri(String file) {
        try {
            return new URI(null, null, file, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + file + " as a URI", e);
        }
    }

    private static String fingerprint(Finding f) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((f.rule() + "\n" + f.file() + "\n" + f.key()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An insertion-ordered map from alternating keys and values, so the JSON reads in the order written. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
