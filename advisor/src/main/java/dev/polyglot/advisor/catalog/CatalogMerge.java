package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Identifiers;
import java.util.ArrayList;
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
 * Merges an override catalog over a base one, on the YAML nodes so that every value keeps the file and
 * line it came from. Sources merge by key; engines merge by id (or alias): a field the override names
 * replaces the base's, and {@code consistency}, {@code scaling} and {@code shapes} merge one level deeper
 * (an override of {@code shapes: {full-text: ...}} replaces only that shape).
 */
final class CatalogMerge {
    private static final Set<String> NESTED = Set.of("consistency", "scaling", "shapes");

    private CatalogMerge() {}

    static MappingNode merge(MappingNode base, MappingNode over, YamlNodes nodes) {
        Map<String, NodeTuple> result = tuples(base);
        for (NodeTuple t : over.getValue()) {
            String key = keyOf(t);
            Node baseValue = result.containsKey(key) ? result.get(key).getValueNode() : null;
            Node overValue = t.getValueNode();
            if (key.equals("sources") && baseValue instanceof MappingNode b && overValue instanceof MappingNode o) {
                result.put(key, new NodeTuple(t.getKeyNode(), mergeMaps(b, o, Set.of(), nodes)));
            } else if (key.equals("engines") && baseValue instanceof SequenceNode b && overValue instanceof SequenceNode o) {
                result.put(key, new NodeTuple(t.getKeyNode(), mergeEngines(b, o, nodes)));
            } else {
                result.put(key, t);
            }
        }
        return mapping(base, result, nodes);
    }

    private static SequenceNode mergeEngines(SequenceNode base, SequenceNode over, YamlNodes nodes) {
        List<Node> engines = new ArrayList<>(base.getValue());
        for (Node o : over.getValue()) {
            Optional<Integer> match = o instanceof MappingNode om ? find(engines, om) : Optional.empty();
            if (match.isPresent() && engines.get(match.get()) instanceof MappingNode b) {
                engines.set(match.get(), mergeMaps(b, (MappingNode) o, NESTED, nodes));
            } else {
                engines.add(o);
            }
        }
        SequenceNode merged = new SequenceNode(base.getTag(), true, engines, base.getStartMark(), base.getEndMark(), base.getFlowStyle());
        nodes.adopt(merged, nodes.fileOf(base));
        return merged;
    }

    /** The index of the base engine whose id or alias equals the override's id. */
    private static Optional<Integer> find(List<Node> engines, MappingNode override) {
        Optional<String> id = scalarOf(entries(override).get("id"));
        if (id.isEmpty()) return Optional.empty();
        for (int i = 0; i < engines.size(); i++) {
            if (!(engines.get(i) instanceof MappingNode e)) continue;
            Map<String, Node> fields = entries(e);
            if (scalarOf(fields.get("id")).equals(id)) return Optional.of(i);
            if (fields.get("aliases") instanceof SequenceNode aliases
                    && aliases.getValue().stream().map(CatalogMerge::scalarOf).anyMatch(id::equals)) return Optional.of(i);
        }
        return Optional.empty();
    }

    private static MappingNode mergeMaps(MappingNode base, MappingNode over, Set<String> nested, YamlNodes nodes) {
        Map<String, NodeTuple> result = tuples(base);
        for (NodeTuple t : over.getValue()) {
            String key = keyOf(t);
            if (key.equals("id") && result.containsKey("id")) continue; // matched by id or alias: the base's id stays canonical
            Node baseValue = result.containsKey(key) ? result.get(key).getValueNode() : null;
            if (nested.contains(key) && baseValue instanceof MappingNode b && t.getValueNode() instanceof MappingNode o) {
                result.put(key, new NodeTuple(t.getKeyNode(), mergeMaps(b, o, Set.of(), nodes)));
            } else {
                result.put(key, t);
            }
        }
        return mapping(base, result, nodes);
    }

    private static Map<String, NodeTuple> tuples(MappingNode map) {
        Map<String, NodeTuple> m = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) m.put(keyOf(t), t);
        return m;
    }

    private static Map<String, Node> entries(MappingNode map) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) m.put(keyOf(t), t.getValueNode());
        return m;
    }

    private static MappingNode mapping(MappingNode like, Map<String, NodeTuple> entries, YamlNodes nodes) {
        MappingNode merged = new MappingNode(like.getTag(), true, new ArrayList<>(entries.values()),
                like.getStartMark(), like.getEndMark(), like.getFlowStyle());
        nodes.adopt(merged, nodes.fileOf(like));
        return merged;
    }

    private static String keyOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Optional<String> scalarOf(Node node) {
        return node instanceof ScalarNode s ? Optional.of(Identifiers.normalize(s.getValue())) : Optional.empty();
    }
}
