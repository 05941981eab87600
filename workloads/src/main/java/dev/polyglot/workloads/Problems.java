package dev.polyglot.workloads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file as they are found; hands them out sorted by position. */
final class Problems {
    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) { this.file = file; }

    void at(Node node, String message) { at(position(node), message); }

    void at(SourcePosition position, String message) { found.add(new Problem(file, position, message)); }

    boolean isEmpty() { return found.isEmpty(); }

    int count() { return found.size(); }

    /** Sorted by line, then column; problems at the same spot keep the order they were found in. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(found);
        copy.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
        return copy.stream().distinct().toList();
    }

    static SourcePosition position(Node node) { return node == null ? SourcePosition.UNKNOWN : position(node.getStartMark()); }

    static SourcePosition position(Mark mark) {
        if (mark == null) return SourcePosition.UNKNOWN;
        return new SourcePosition(Math.max(1, mark.getLine() + 1), Math.max(1, mark.getColumn() + 1));
    }
}
