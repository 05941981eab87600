package dev.polyglot.check;

/**
 * A rule of {@code polyglot check}: a stable id, a severity and a description, and a check that reports
 * violations into a collector instead of throwing, so one run lists everything wrong at once.
 */
public interface Rule {
    /** Stable id, part of the command-line contract (e.g. {@code unserved-workload}). */
    String id();

    Severity severity();

    /** One sentence: when the rule fires. Used in SARIF rule metadata and the docs. */
    String description();

    void check(CheckContext context, Violations violations);
}
