package dev.polyglot.workloads;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The known keys of one YAML map, by field, after checking its keys against the {@link KeyTable}: unknown keys
 * (with a suggestion), keys given twice, and a key given together with its alias are reported, and only the first
 * of each field is kept so the rest of the map is still checked.
 */
final class Fields {
    /** One key as written, with its value. */
    record Entry(Key key, ScalarNode keyNode, Node value) {
        String name() { return key.name(); }
    }

    private final MappingNode map;
    private final Map<String, Entry> byField;

    private Fields(MappingNode map, Map<String, Entry> byField) {
        this.map = map;
        this.byField = byField;
    }

    MappingNode node() { return map; }

    Optional<Entry> get(String field) { return Optional.ofNullable(byField.get(field)); }

    boolean has(String field) { return byField.containsKey(field); }

    static Fields read(MappingNode map, Key.Scope scope, Problems problems) {
        Map<String, Entry> byField = new LinkedHashMap<>();
        Map<String, ScalarNode> seenNames = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (problems.full()) break;
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.at(tuple.getKeyNode(), "keys in " + scope.where() + " must be plain words such as '"
                        + KeyTable.names(scope).get(0) + "', not a map or list");
                continue;
            }
            String name = keyNode.getValue();
            ScalarNode earlier = seenNames.putIfAbsent(name, keyNode);
            if (earlier != null) {
                problems.at(keyNode, "key '" + name + "' is given twice in " + scope.where()
                        + " (first at line " + Problems.position(earlier).line() + "); keep one");
                continue;
            }
            if (Tag.MERGE.equals(keyNode.getTag())) {
                problems.at(keyNode, "YAML merge keys ('<<') are not supported; write the keys out");
                continue;
            }
            Optional<Key> key = KeyTable.find(scope, name);
            if (key.isEmpty()) {
                problems.at(keyNode, unknownKey(name, scope));
                continue;
            }
            Entry entry = new Entry(key.get(), keyNode, tuple.getValueNode());
            Entry same = byField.putIfAbsent(key.get().field(), entry);
            if (same != null) {
                problems.at(keyNode, "'" + name + "' and '" + same.name() + "' (line " + Problems.position(same.keyNode()).line()
                        + ") both give " + key.get().field() + "; keep one");
            }
        }
        return new Fields(map, byField);
    }

    private static String unknownKey(String name, Key.Scope scope) {
        List<String> names = KeyTable.names(scope);
        String suggestion = Suggestions.didYouMean(name, names);
        if (!suggestion.isEmpty()) return "unknown key '" + name + "'" + suggestion;
        return "unknown key '" + name + "' in " + scope.where() + "; expected one of: " + String.join(", ", names);
    }
}
