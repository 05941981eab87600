package dev.polyglot.check;

/** How much a finding matters: an error fails the check, a warning fails it only under {@code --strict}. */
public enum Severity {
    ERROR("error"), WARNING("warning");

    private final String id;

    Severity(String id) { this.id = id; }

    /** The lower-case name used in every output format. */
    public String id() { return id; }

    @Override public String toString() { return id; }
}
