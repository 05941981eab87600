package dev.polyglot.check.format;

import dev.polyglot.check.Adr;
import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;
import dev.polyglot.check.Rule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * JUnit XML, as CI servers read it: one test case per ADR that takes part and rule (class name the file, name the
 * rule), failing with the findings that fail the check; warnings that do not fail go to the case's system-out.
 * ADRs that take no part are not tested, so they appear only with a finding (under --require-front-matter).
 */
public final class JunitFormat implements ReportFormat {
    @Override public String id() { return "junit"; }

    @Override public String render(Report report) {
        Set<String> files = new LinkedHashSet<>();
        report.result().adrs().stream().filter(Adr::takesPart).forEach((Adr a) -> files.add(a.displayPath()));
        report.fresh().forEach(f -> files.add(f.file())); // workloads files with findings get their own cases
        List<Rule> rules = report.result().rules();
        long failures = files.stream().mapToLong(file -> rules.stream().filter(r -> failing(report, file, r.id())).count()).sum();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuites name=\"polyglot check\" tests=\"").append(files.size() * rules.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"0\">\n");
        for (String file : files) {
            xml.append("  <testsuite name=\"").append(escape(file)).append("\" tests=\"").append(rules.size()).append("\" failures=\"")
                    .append(rules.stream().filter(r -> failing(report, file, r.id())).count()).append("\" errors=\"0\" skipped=\"0\">\n");
            for (Rule rule : rules) testCase(xml, report, file, rule);
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void testCase(StringBuilder xml, Report report, String file, Rule rule) {
        List<Finding> found = report.fresh().stream().filter(f -> f.file().equals(file) && f.rule().equals(rule.id())).toList();
        xml.append("    <testcase classname=\"").append(escape(file)).append("\" name=\"").append(rule.id()).append('"');
        if (found.isEmpty()) { xml.append("/>\n"); return; }
        xml.append(">\n");
        List<Finding> failing = found.stream().filter(report::fails).toList();
        if (!failing.isEmpty()) {
            xml.append("      <failure type=\"").append(failing.get(0).severity().id()).append("\" message=\"").append(escape(failing.get(0).message()))
                    .append("\">").append(escape(lines(failing))).append("</failure>\n");
        }
        List<Finding> passing = found.stream().filter(f -> !report.fails(f)).toList();
        if (!passing.isEmpty()) xml.append("      <system-out>").append(escape(lines(passing))).append("</system-out>\n");
        xml.append("    </testcase>\n");
    }

    private static boolean failing(Report report, String file, String rule) {
        return report.fresh().stream().anyMatch(f -> f.file().equals(file) && f.rule().equals(rule) && report.fails(f));
    }

    private static String lines(List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) s.append(TextFormat.line(f)).append('\n');
        return s.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
