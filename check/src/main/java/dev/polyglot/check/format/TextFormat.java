package dev.polyglot.check.format;

import dev.polyglot.check.BaselineEntry;
import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;

/** {@code FILE:LINE: error [rule] message}, one finding a line, then a one-line summary. */
public final class TextFormat implements ReportFormat {
    @Override public String id() { return "text"; }

    @Override public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.fresh()) out.append(line(f)).append('\n');
        for (BaselineEntry e : report.fixed()) {
            out.append(e.file()).append(": fixed [").append(e.rule()).append("] ").append(e.message())
                    .append(" (recorded in the baseline; run with --update-baseline to drop it)\n");
        }
        return out.append(summary(report)).append('\n').toString();
    }

    static String line(Finding f) {
        return f.file() + ":" + f.line() + ": " + f.severity().id() + " [" + f.rule() + "] " + f.message();
    }

    /** "2 errors, 1 warning in 4 ADRs found (3 take part, 2 checked against workloads)", plus the baseline's share. */
    public static String summary(Report report) {
        StringBuilder s = new StringBuilder()
                .append(count(report.errors(), "error")).append(", ").append(count(report.warnings(), "warning"))
                .append(" in ").append(count(report.result().adrs().size(), "ADR")).append(" found")
                .append(" (").append(report.result().takingPart()).append(report.result().takingPart() == 1 ? " takes" : " take")
                .append(" part, ").append(report.result().checked()).append(" checked against workloads)");
        if (report.baseline()) {
            s.append("; ").append(report.baselined().size()).append(" accepted by the baseline, ").append(report.fixed().size()).append(" fixed");
        }
        if (report.strict() && report.warnings() > 0) s.append("; warnings fail under --strict");
        return s.toString();
    }

    static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }
}
