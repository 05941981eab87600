package dev.polyglot.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing a rule found wrong.
 *
 * @param rule     the rule's stable id, e.g. {@code unserved-workload}
 * @param severity error or warning, the rule's
 * @param file     the file as the user named it (forward slashes)
 * @param line     1-based line of the offending front-matter key, 1 when the file as a whole is meant
 * @param message  what is wrong and what to change
 * @param key      what the finding is about, stable across edits that move lines or change estimates
 *                 (a workload name, an engine id, a key); the baseline matches on rule, file and key
 */
public record Finding(String rule, Severity severity, String file, int line, String message, String key) {
    /** Findings in reading order: file, line, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::rule).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(key, "key");
        if (line < 1) throw new IllegalArgumentException("line starts at 1, was " + line);
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
