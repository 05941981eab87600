package dev.polyglot.workloads;

/**
 * Where something stands in a file, both 1-based.
 *
 * @param line   line number, 1 or more
 * @param column column number, 1 or more
 */
public record SourcePosition(int line, int column) {
    public static final SourcePosition UNKNOWN = new SourcePosition(1, 1);

    public SourcePosition {
        if (line < 1 || column < 1) throw new IllegalArgumentException("line and column start at 1, were " + line + ":" + column);
    }

    @Override public String toString() { return line + ":" + column; }
}
