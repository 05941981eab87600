package dev.polyglot.check.format;

import dev.polyglot.check.Report;

/** One output format of {@code polyglot check}: renders a report as the text printed to standard output. */
public interface ReportFormat {
    /** The {@code --format} value. */
    String id();

    String render(Report report);
}
