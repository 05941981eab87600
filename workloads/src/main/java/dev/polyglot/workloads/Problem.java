package dev.polyglot.workloads;

/**
 * One thing wrong with an input file, reported as {@code FILE:LINE:COLUMN: message}.
 *
 * @param file     the file as the user named it
 * @param position where the problem is
 * @param message  what is wrong and what was expected
 */
public record Problem(String file, SourcePosition position, String message) {
    @Override public String toString() {
        return file + ":" + position.line() + ":" + position.column() + ": " + message;
    }
}
