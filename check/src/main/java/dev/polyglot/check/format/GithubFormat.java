package dev.polyglot.check.format;

import dev.polyglot.check.BaselineEntry;
import dev.polyglot.check.Finding;
import dev.polyglot.check.Report;

/**
 * GitHub Actions workflow commands, {@code ::error file=F,line=L::message} (or {@code ::warning}), which annotate
 * the pull request; {@link #summary} is the Markdown the command appends to {@code $GITHUB_STEP_SUMMARY}.
 */
public final class GithubFormat implements ReportFormat {
    @Override public String id() { return "github"; }

    @Override public String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.fresh()) {
            out.append("::").append(f.severity().id()).append(" file=").append(property(f.file())).append(",line=").append(f.line())
                    .append("::").append(data("[" + f.rule() + "] " + f.message())).append('\n');
        }
        for (BaselineEntry e : report.fixed()) {
            out.append("::notice file=").append(property(e.file())).append("::")
                    .append(data("fixed [" + e.rule() + "] " + e.message() + "; run with --update-baseline to drop it from the baseline")).append('\n');
        }
        return out.append(TextFormat.summary(report)).append('\n').toString();
    }

    /** A Markdown job summary: verdict, counts, and a table of the findings that count. */
    public String summary(Report report) {
        StringBuilder md = new StringBuilder("## polyglot check: ").append(report.failed() ? "failed" : "passed").append("\n\n")
                .append(TextFormat.summary(report)).append("\n\n");
        if (!report.fresh().isEmpty()) {
            md.append("| severity | rule | where | message |\n|---|---|---|---|\n");
            for (Finding f : report.fresh()) {
                md.append("| ").append(f.severity().id()).append(" | `").append(f.rule()).append("` | `").append(f.file()).append(':').append(f.line())
                        .append("` | ").append(f.message().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Escaping of a command's message, as the runner's toolkit does it. */
    static String data(String text) { return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"); }

    /** Escaping of a property value: the message's, plus the separators ':' and ','. */
    static String property(String text) { return data(text).replace(":", "%3A").replace(",", "%2C"); }
}
