package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Suggestions;
import dev.polyglot.workloads.Identifiers;
import dev.polyglot.workloads.Problem;
import dev.polyglot.workloads.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads of SnakeYAML nodes that collect every problem with its file, line and column instead of
 * stopping at the first. Nodes may come from several files (the built-in catalog and overrides), so each
 * node's file is remembered.
 */
final class YamlNodes {
    private final Map<Node, String> origin = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Remembers that {@code root} and everything under it came from {@code file}. */
    void adopt(Node root, String file) {
        if (root == null || origin.containsKey(root)) return;
        origin.put(root, file);
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) { adopt(t.getKeyNode(), file); adopt(t.getValueNode(), file); }
        } else if (root instanceof SequenceNode s) {
            s.getValue().forEach(n -> adopt(n, file));
        }
    }

    String fileOf(Node node) { return origin.getOrDefault(node, "catalog"); }

    void problem(Node node, String message) {
        problems.add(new Problem(fileOf(node), position(node), message));
    }

    void add(Problem problem) { problems.add(problem); }

    List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column()));
        return sorted;
    }

    static SourcePosition position(Node node) {
        return new SourcePosition(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    Optional<MappingNode> mapping(Node node, String what) {
        if (node instanceof MappingNode m) return Optional.of(m);
        problem(node, what + " must be a map");
        return Optional.empty();
    }

    Optional<SequenceNode> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) return Optional.of(s);
        problem(node, what + " must be a list");
        return Optional.empty();
    }

    /**
     * The entries of a map by key, reporting unknown keys (with a suggestion), duplicates and missing required keys.
     */
    Map<String, Node> entries(MappingNode map, String what, Set<String> allowed, Set<String> required) {
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Optional<String> key = scalar(t.getKeyNode(), "a key of " + what);
            if (key.isEmpty()) continue;
            if (!allowed.isEmpty() && !allowed.contains(key.get())) {
                problem(t.getKeyNode(), "unknown key '" + key.get() + "' in " + what + Suggestions.didYouMean(key.get(), allowed)
                        + "; expected one of " + String.join(", ", allowed));
            } else if (result.put(key.get(), t.getValueNode()) != null) {
                problem(t.getKeyNode(), "duplicate key '" + key.get() + "' in " + what);
            }
        }
        for (String r : required) {
            if (!result.containsKey(r)) problem(map, what + " is missing the required key '" + r + "'");
        }
        return result;
    }

    Optional<String> scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) return Optional.of(s.getValue());
        problem(node, what + " must be a non-blank text");
        return Optional.empty();
    }

    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof ScalarNode s) {
            String v = s.getValue().trim().toLowerCase(java.util.Locale.ROOT);
            if (v.equals("true")) return Optional.of(true);
            if (v.equals("false")) return Optional.of(false);
        }
        problem(node, what + " must be true or false");
        return Optional.empty();
    }

    Optional<Double> number(Node node, String what) {
        if (node instanceof ScalarNode s) {
            try {
                double v = Double.parseDouble(s.getValue().trim().replace("_", ""));
                if (Double.isFinite(v)) return Optional.of(v);
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problem(node, what + " must be a number");
        return Optional.empty();
    }

    Optional<List<String>> strings(Node node, String what) {
        Optional<SequenceNode> seq = sequence(node, what);
        if (seq.isEmpty()) return Optional.empty();
        List<String> out = new ArrayList<>();
        for (Node item : seq.get().getValue()) scalar(item, "an item of " + what).ifPresent(out::add);
        return Optional.of(out);
    }

    /**
     * A figure written {@code [value, source]}; the source is a key of {@code sources}, free text, or {@code assumed}.
     */
    Optional<Figure> figure(Node node, String what, Map<String, String> sources) {
        if (!(node instanceof SequenceNode s) || s.getValue().size() != 2) {
            problem(node, what + " must be [value, source], e.g. [0.5, assumed]: every figure names its source");
            return Optional.empty();
        }
        Optional<Double> value = number(s.getValue().get(0), what + " value");
        Optional<String> source = scalar(s.getValue().get(1), what + " source");
        if (value.isEmpty() || source.isEmpty()) return Optional.empty();
        String cited = sources.getOrDefault(source.get(), source.get());
        return Optional.of(new Figure(value.get(), cited.equals(Figure.ASSUMED) ? Figure.ASSUMED : cited));
    }

    /** The normalised id of a scalar, for matching engine ids, shapes and levels. */
    Optional<String> id(Node node, String what) { return scalar(node, what).map(Identifiers::normalize); }
}
