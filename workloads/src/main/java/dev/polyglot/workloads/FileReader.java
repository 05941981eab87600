package dev.polyglot.workloads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the top level and the constraints of one composed document, and its workloads through {@link WorkloadReader}. */
final class FileReader {
    private final String source;
    private final Problems problems;
    private final Values values;
    private final EngineIdResolver engines;

    FileReader(String source, Problems problems, EngineIdResolver engines) {
        this.source = source;
        this.problems = problems;
        this.values = new Values(problems);
        this.engines = engines;
    }

    /** The file when every part of it is valid; otherwise empty, with every problem reported. */
    Optional<WorkloadsFile> read(Node root) {
        if (!(root instanceof MappingNode map)) {
            problems.at(root, "the top level must be a map with 'version: 1' and 'workloads', got " + Values.describe(root));
            return Optional.empty();
        }
        Fields top = Fields.read(map, Key.Scope.TOP_LEVEL, problems);
        Optional<Integer> version = version(top);
        Optional<String> system = top.get("system").flatMap(values::text);
        Constraints constraints = top.get("constraints").map(this::constraints).orElse(Constraints.NONE);
        List<Workload> workloads = workloads(top);
        if (!problems.isEmpty() || version.isEmpty()) return Optional.empty();
        return Optional.of(new WorkloadsFile(source, version.get(), system, constraints, workloads));
    }

    private Optional<Integer> version(Fields top) {
        if (!top.has("version")) {
            problems.at(top.node(), "missing 'version'; add 'version: 1' at the top of the file");
            return Optional.empty();
        }
        Fields.Entry entry = top.get("version").orElseThrow();
        return values.number(entry).flatMap(v -> {
            if (v != 1) {
                problems.at(entry.value(), "'version' must be 1, the only version of the format, got " + Decimals.format(v));
                return Optional.empty();
            }
            return Optional.of(1);
        });
    }

    private Constraints constraints(Fields.Entry entry) {
        if (!(entry.value() instanceof MappingNode map)) {
            if (!isEmpty(entry.value())) {
                problems.at(entry.value(), "'constraints' must be " + ValueKind.CONSTRAINTS.expected() + ", got " + Values.describe(entry.value()));
            }
            return Constraints.NONE;
        }
        Fields c = Fields.read(map, Key.Scope.CONSTRAINTS, problems);
        OptionalInt maxEngines = c.get("max_engines").flatMap(values::integer).map(OptionalInt::of).orElse(OptionalInt.empty());
        List<EngineRef> prefer = c.get("prefer").map(this::engineList).orElse(List.of());
        List<EngineRef> exclude = c.get("exclude").map(this::engineList).orElse(List.of());
        Deployment deployment = c.get("deployment").flatMap(e -> values.choice(e, Deployment::parse)).orElse(Deployment.ANY);
        for (EngineRef excluded : exclude) {
            prefer.stream().filter(p -> p.id().equals(excluded.id())).findFirst().ifPresent(p -> problems.at(excluded.position(),
                    "engine '" + excluded.id() + "' is both preferred (line " + p.position().line() + ") and excluded; keep one"));
        }
        return new Constraints(maxEngines, prefer, exclude, deployment);
    }

    private List<EngineRef> engineList(Fields.Entry entry) {
        List<Node> items;
        if (entry.value() instanceof SequenceNode list) items = list.getValue();
        else if (entry.value() instanceof ScalarNode && !isEmpty(entry.value())) items = List.of(entry.value());
        else {
            if (!isEmpty(entry.value())) {
                problems.at(entry.value(), "'" + entry.name() + "' must be " + ValueKind.ENGINE_IDS.expected() + ", got " + Values.describe(entry.value()));
            }
            return List.of();
        }
        List<EngineRef> refs = new ArrayList<>();
        Map<String, SourcePosition> seen = new HashMap<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.at(item, "'" + entry.name() + "' must list engine ids such as postgres, got " + Values.describe(item));
                continue;
            }
            Optional<String> id = engines.canonical(scalar.getValue());
            if (id.isEmpty()) {
                problems.at(item, unknownEngine(entry.name(), scalar.getValue()));
                continue;
            }
            SourcePosition at = Problems.position(item);
            SourcePosition first = seen.putIfAbsent(id.get(), at);
            if (first != null) {
                problems.at(item, "engine '" + id.get() + "' is listed twice in '" + entry.name() + "' (first at line " + first.line() + ")");
                continue;
            }
            refs.add(new EngineRef(id.get(), at));
        }
        return refs;
    }

    private String unknownEngine(String key, String written) {
        String suggestion = Suggestions.didYouMean(written, engines.knownIds());
        String head = "unknown engine " + Values.quote(written) + " in '" + key + "'";
        return suggestion.isEmpty() ? head + "; known engines: " + String.join(", ", engines.knownIds()) : head + suggestion;
    }

    private List<Workload> workloads(Fields top) {
        Optional<Fields.Entry> entry = top.get("workloads");
        if (entry.isEmpty()) {
            problems.at(top.node(), "missing 'workloads'; expected " + ValueKind.WORKLOADS.expected());
            return List.of();
        }
        Node value = entry.get().value();
        if (!(value instanceof SequenceNode list)) {
            String got = isEmpty(value) ? "nothing" : Values.describe(value);
            problems.at(isEmpty(value) ? entry.get().keyNode() : value, "'workloads' must be " + ValueKind.WORKLOADS.expected() + ", got " + got);
            return List.of();
        }
        if (list.getValue().isEmpty()) {
            problems.at(list, "'workloads' is empty; list at least one workload");
            return List.of();
        }
        WorkloadReader reader = new WorkloadReader(problems, values);
        List<Workload> workloads = new ArrayList<>();
        Map<String, SourcePosition> names = new HashMap<>();
        int index = 0;
        for (Node item : list.getValue()) {
            if (problems.full()) break;
            index++;
            reader.read(item, index, names).ifPresent(workloads::add);
        }
        return workloads;
    }

    static boolean isEmpty(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isBlank() || org.yaml.snakeyaml.nodes.Tag.NULL.equals(s.getTag()));
    }
}
