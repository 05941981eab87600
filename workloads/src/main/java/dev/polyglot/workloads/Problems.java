package dev.polyglot.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file as they are found; hands them out sorted by position. */
final class Problems {
    /** Most problems reported for one file: beyond this the reader stops looking, so a huge broken file stays fast. */
    static final int MAX_REPORTED = 100;

    private final String file;
    private final List<Problem> found = new ArrayList<>();
    private boolean truncated;

    Problems(String file) { this.file = file; }

    void at(Node node, String message) { at(position(node), message); }

    void at(SourcePosition position, String message) {
        if (found.size() < MAX_REPORTED) found.add(new Problem(file, position, message));
        else truncated = true;
    }

    /**
     * True once {@link #MAX_REPORTED} problems were found. A reader asks before each further part of the file and
     * stops when told so; the report then says it stopped early.
     */
    boolean full() {
        if (found.size() >= MAX_REPORTED) truncated = true;
        return truncated;
    }

    boolean isEmpty() { return found.isEmpty(); }

    int count() { return found.size(); }

    /** Sorted by line, then column; problems at the same spot keep the order they were found in. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
        List<Problem> result = new ArrayList<>(copy.stream().distinct().toList());
        if (truncated) {
            SourcePosition last = result.get(result.size() - 1).position();
            result.add(new Problem(file, last, "too many problems: stopped after the first " + MAX_REPORTED));
        }
        return result;
    }

    static SourcePosition position(Node node) { return node == null ? SourcePosition.UNKNOWN : position(node.getStartMark()); }

    static SourcePosition position(Mark mark) {
        if (mark == null) return SourcePosition.UNKNOWN;
        return new SourcePosition(Math.max(1, mark.getLine() + 1), Math.max(1, mark.getColumn() + 1));
    }
}
