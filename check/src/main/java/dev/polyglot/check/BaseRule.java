package dev.polyglot.check;

/** Holds a rule's id, severity and description, fixed at construction. */
public abstract class BaseRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String description;

    /** @param id stable, lower-case with hyphens, as in the command-line contract */
    protected BaseRule(String id, Severity severity, String description) {
        if (!id.matches("[a-z]+(-[a-z]+)*")) throw new IllegalArgumentException("rule id must be lower-case words joined by hyphens: " + id);
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    @Override public final String id() { return id; }

    @Override public final Severity severity() { return severity; }

    @Override public final String description() { return description; }

    @Override public String toString() { return id; }
}
