package dev.polyglot.advisor.catalog;

import dev.polyglot.workloads.Suggestions;
import dev.polyglot.advisor.Fit;
import dev.polyglot.advisor.SyncMethod;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.StandardEngineIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns the (merged) catalog tree into {@link EngineSpec}s, reporting every problem with its position. */
final class CatalogValidator {
    private static final Set<String> ROOT_KEYS = Set.of("version", "sources", "engines");
    private static final Set<String> ENGINE_KEYS = ordered("id", "family", "aliases", "generalist", "managed_only", "can_own_data",
            "durability", "in_memory", "operational_cost", "fixed_cost_usd_month", "node_cost_usd_month", "storage_cost_usd_gb_month", "sync", "consistency", "scaling", "shapes");
    private static final Set<String> ENGINE_REQUIRED = ordered("id", "family", "durability", "operational_cost", "sync",
            "consistency", "scaling", "shapes");
    private static final Set<String> CONSISTENCY_KEYS = ordered("primary", "replica", "derived");
    private static final Set<String> PATH_KEYS = ordered("level", "lag_s");
    private static final Set<String> SCALING_REQUIRED = ordered("max_replicas", "max_shards", "cores_per_node", "ram_gb_per_node",
            "storage_gb_per_node", "disk_read_ms");
    private static final Set<String> SCALING_KEYS = ordered("max_replicas", "max_shards", "cores_per_node", "ram_gb_per_node",
            "storage_gb_per_node", "disk_read_ms", "copies", "sharding_layer");
    private static final Set<String> LAYER_KEYS = ordered("via", "max_shards", "shard_gb", "fixed_cost_usd_month");
    private static final Set<String> SHAPE_KEYS = ordered("fit", "via", "service_ms", "ops_per_node", "scan_rows_per_s",
            "edges_per_s", "ceiling_ops", "ceiling_records", "max_recall", "ceiling_working_set_gb", "write_ms", "writes_per_node", "batch_rows",
            "canonical");

    /** The solver keeps a portfolio in a 64-bit mask. */
    static final int MAX_ENGINES = 64;

    private final YamlNodes nodes;
    private Map<String, String> sources = Map.of();

    CatalogValidator(YamlNodes nodes) { this.nodes = nodes; }

    Optional<Catalog> catalog(MappingNode root) {
        Map<String, Node> top = nodes.entries(root, "the catalog", ROOT_KEYS, ordered("version", "engines"));
        if (top.containsKey("version")) {
            nodes.number(top.get("version"), "version").filter(v -> v != 1)
                    .ifPresent(v -> nodes.problem(top.get("version"), "version must be 1, was " + v));
        }
        if (top.containsKey("sources")) sources = sources(top.get("sources"));
        List<EngineSpec> engines = new ArrayList<>();
        Map<String, Node> seen = new LinkedHashMap<>();
        if (top.containsKey("engines")) {
            nodes.sequence(top.get("engines"), "engines").ifPresent(list -> {
                for (Node item : list.getValue()) {
                    nodes.mapping(item, "an engine").flatMap(this::engine).ifPresent(e -> {
                        if (seen.putIfAbsent(e.id(), item) != null) nodes.problem(item, "engine '" + e.id() + "' appears twice");
                        else engines.add(e);
                    });
                }
            });
        }
        if (engines.size() > MAX_ENGINES) {
            nodes.problem(top.get("engines"), "the catalog has " + engines.size() + " engines; the solver handles at most " + MAX_ENGINES);
        }
        if (!nodes.problems().isEmpty()) return Optional.empty();
        try {
            return Optional.of(new Catalog(engines));
        } catch (IllegalArgumentException e) {
            nodes.problem(root, e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, String> sources(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        nodes.mapping(node, "sources").ifPresent(m -> {
            for (NodeTuple t : m.getValue()) {
                Optional<String> key = nodes.scalar(t.getKeyNode(), "a source key");
                Optional<String> text = nodes.scalar(t.getValueNode(), "source '" + key.orElse("?") + "'");
                if (key.isPresent() && text.isPresent()) out.put(key.get(), text.get());
            }
        });
        return out;
    }

    private Optional<EngineSpec> engine(MappingNode node) {
        Map<String, Node> f = nodes.entries(node, "an engine", ENGINE_KEYS, ENGINE_REQUIRED);
        Optional<String> id = Optional.ofNullable(f.get("id")).flatMap(n -> nodes.id(n, "id"));
        String what = "engine '" + id.orElse("?") + "'";
        Optional<String> family = Optional.ofNullable(f.get("family")).flatMap(n -> nodes.id(n, what + " family"));
        if (id.isPresent() && family.isPresent()) {
            String standard = StandardEngineIds.FAMILIES.get(id.get());
            if (standard != null && !standard.equals(family.get())) {
                nodes.problem(f.get("family"), what + " is in family '" + standard + "' per the workloads format, not '" + family.get() + "'");
            }
        }
        List<String> aliases = Optional.ofNullable(f.get("aliases")).flatMap(n -> nodes.strings(n, what + " aliases")).orElse(List.of());
        boolean generalist = flag(f, "generalist", what, false);
        boolean managedOnly = flag(f, "managed_only", what, false);
        Optional<DurabilityClass> durability = Optional.ofNullable(f.get("durability")).flatMap(n -> choice(n, what + " durability",
                DurabilityClass.values(), DurabilityClass::id));
        boolean canOwn = flag(f, "can_own_data", what, durability.map(DurabilityClass::durable).orElse(false));
        boolean inMemory = flag(f, "in_memory", what, false);
        Optional<Figure> cost = figure(f, "operational_cost", what);
        Optional<RunningCost> running = cost.flatMap(c -> runningCost(f, c, what, node));
        Optional<SyncMethod> sync = Optional.ofNullable(f.get("sync")).flatMap(n -> choice(n, what + " sync", SyncMethod.values(), SyncMethod::id));
        Map<String, Optional<ReadPath>> paths = Optional.ofNullable(f.get("consistency")).map(n -> consistency(n, what)).orElse(Map.of());
        Optional<Scaling> scaling = Optional.ofNullable(f.get("scaling")).flatMap(n -> scaling(n, what));
        Map<Shape, Capability> shapes = Optional.ofNullable(f.get("shapes")).map(n -> shapes(n, what)).orElse(Map.of());
        if (id.isEmpty() || family.isEmpty() || durability.isEmpty() || cost.isEmpty() || running.isEmpty() || sync.isEmpty() || scaling.isEmpty()
                || paths.getOrDefault("primary", Optional.empty()).isEmpty() || paths.getOrDefault("derived", Optional.empty()).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EngineSpec(id.get(), family.get(), aliases, generalist, managedOnly, canOwn, durability.get(), inMemory,
                    cost.get(), running.get(), sync.get(), paths.get("primary").get(), paths.getOrDefault("replica", Optional.empty()),
                    paths.get("derived").get(), scaling.get(), shapes));
        } catch (IllegalArgumentException e) {
            nodes.problem(node, what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The three cost figures; each defaults (RunningCost.defaults) when absent. */
    private Optional<RunningCost> runningCost(Map<String, Node> f, Figure operational, String what, MappingNode node) {
        RunningCost defaults = RunningCost.defaults(operational);
        Figure fixed = f.containsKey("fixed_cost_usd_month") ? figure(f, "fixed_cost_usd_month", what).orElse(null) : defaults.fixedUsdMonth();
        Figure perNode = f.containsKey("node_cost_usd_month") ? figure(f, "node_cost_usd_month", what).orElse(null) : defaults.nodeUsdMonth();
        Figure perGb = f.containsKey("storage_cost_usd_gb_month") ? figure(f, "storage_cost_usd_gb_month", what).orElse(null) : defaults.storageUsdGbMonth();
        if (fixed == null || perNode == null || perGb == null) return Optional.empty();
        try {
            return Optional.of(new RunningCost(fixed, perNode, perGb));
        } catch (IllegalArgumentException e) {
            nodes.problem(node, what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, Optional<ReadPath>> consistency(Node node, String what) {
        Map<String, Optional<ReadPath>> out = new LinkedHashMap<>();
        nodes.mapping(node, what + " consistency").ifPresent(m -> {
            Map<String, Node> f = nodes.entries(m, what + " consistency", CONSISTENCY_KEYS, ordered("primary", "derived"));
            f.forEach((key, value) -> out.put(key, readPath(value, what + " consistency." + key)));
        });
        return out;
    }

    /** A path is a level (strong, read-your-writes) or {level, lag_s} for the weaker ones. */
    private Optional<ReadPath> readPath(Node node, String what) {
        if (node instanceof ScalarNode) {
            Optional<Consistency> level = choice(node, what, Consistency.values(), Consistency::id);
            if (level.isPresent() && level.get().ordinal() > Consistency.READ_YOUR_WRITES.ordinal()) {
                nodes.problem(node, what + " is " + level.get() + ": write it as {level: " + level.get() + ", lag_s: [seconds, source]}");
                return Optional.empty();
            }
            return level.map(ReadPath::of);
        }
        return nodes.mapping(node, what).flatMap(m -> {
            Map<String, Node> f = nodes.entries(m, what, PATH_KEYS, PATH_KEYS);
            Optional<Consistency> level = Optional.ofNullable(f.get("level")).flatMap(n -> choice(n, what + " level", Consistency.values(), Consistency::id));
            Optional<Figure> lag = figure(f, "lag_s", what);
            if (level.isEmpty() || lag.isEmpty()) return Optional.empty();
            if (what.endsWith("derived") && level.get() == Consistency.STRONG) {
                nodes.problem(f.get("level"), what + " cannot be strong: a copy fed from a source of truth lags it");
                return Optional.empty();
            }
            return Optional.of(new ReadPath(level.get(), lag.get()));
        });
    }

    private Optional<Scaling> scaling(Node node, String what) {
        return nodes.mapping(node, what + " scaling").flatMap(m -> {
            Map<String, Node> f = nodes.entries(m, what + " scaling", SCALING_KEYS, SCALING_REQUIRED);
            List<Optional<Figure>> figs = SCALING_REQUIRED.stream().map(k -> figure(f, k, what)).collect(Collectors.toList());
            if (figs.stream().anyMatch(Optional::isEmpty)) return Optional.empty();
            Optional<Figure> copies = f.containsKey("copies") ? figure(f, "copies", what) : Optional.of(Scaling.ONE_COPY);
            Optional<Optional<ShardingLayer>> layer = f.containsKey("sharding_layer") ? layer(f.get("sharding_layer"), what).map(Optional::of)
                    : Optional.of(Optional.empty());
            if (copies.isEmpty() || layer.isEmpty()) return Optional.empty();
            try {
                return Optional.of(new Scaling(figs.get(0).get(), figs.get(1).get(), figs.get(2).get(), figs.get(3).get(),
                        figs.get(4).get(), figs.get(5).get(), copies.get(), layer.get()));
            } catch (IllegalArgumentException e) {
                nodes.problem(node, what + " scaling: " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** {via, max_shards, shard_gb, fixed_cost_usd_month}: the layer that shards an engine which does not shard by itself. */
    private Optional<ShardingLayer> layer(Node node, String what) {
        String where = what + " sharding_layer";
        return nodes.mapping(node, where).flatMap(m -> {
            Map<String, Node> f = nodes.entries(m, where, LAYER_KEYS, LAYER_KEYS);
            Optional<String> via = Optional.ofNullable(f.get("via")).flatMap(n -> nodes.scalar(n, where + " via"));
            Optional<Figure> shards = figure(f, "max_shards", where);
            Optional<Figure> shardGb = figure(f, "shard_gb", where);
            Optional<Figure> fixed = figure(f, "fixed_cost_usd_month", where);
            if (via.isEmpty() || shards.isEmpty() || shardGb.isEmpty() || fixed.isEmpty()) return Optional.empty();
            try {
                return Optional.of(new ShardingLayer(via.get(), shards.get(), shardGb.get(), fixed.get()));
            } catch (IllegalArgumentException e) {
                nodes.problem(node, where + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Map<Shape, Capability> shapes(Node node, String what) {
        Map<Shape, Capability> out = new EnumMap<>(Shape.class);
        nodes.mapping(node, what + " shapes").ifPresent(m -> {
            for (NodeTuple t : m.getValue()) {
                Optional<Shape> shape = choice(t.getKeyNode(), what + " shape", Shape.values(), Shape::id);
                if (shape.isEmpty()) continue;
                if (t.getValueNode() instanceof ScalarNode s && s.getValue().equals("unsupported")) continue;
                capability(shape.get(), t.getValueNode(), what + " " + shape.get()).ifPresent(c -> out.put(shape.get(), c));
            }
        });
        return out;
    }

    private Optional<Capability> capability(Shape shape, Node node, String what) {
        return nodes.mapping(node, what).flatMap(m -> {
            Map<String, Node> f = nodes.entries(m, what, SHAPE_KEYS, ordered("fit", "service_ms"));
            Optional<Fit> fit = Optional.ofNullable(f.get("fit")).flatMap(n -> choice(n, what + " fit", Fit.values(), Fit::id));
            Optional<String> via = Optional.ofNullable(f.get("via")).flatMap(n -> nodes.scalar(n, what + " via"));
            if (fit.isPresent() && fit.get() == Fit.EMULATED && via.isEmpty()) {
                nodes.problem(m, what + " is emulated: name the technique with 'via' (tsvector, pgvector, recursive CTE, ...)");
            }
            Optional<Figure> service = figure(f, "service_ms", what);
            if (fit.isEmpty() || service.isEmpty() || (fit.get() == Fit.EMULATED && via.isEmpty())) return Optional.empty();
            for (String key : List.of("ops_per_node", "scan_rows_per_s", "edges_per_s", "ceiling_ops", "ceiling_records", "ceiling_working_set_gb",
                    "write_ms", "writes_per_node", "batch_rows")) {
                figure(f, key, what).filter(x -> x.value() <= 0).ifPresent(x -> nodes.problem(f.get(key), what + " " + key + " must be above 0"));
            }
            figure(f, "max_recall", what).filter(x -> x.value() <= 0 || x.value() > 1)
                    .ifPresent(x -> nodes.problem(f.get("max_recall"), what + " max_recall must be in (0, 1]"));
            try {
                return Optional.of(new Capability(shape, fit.get(), fit.get() == Fit.EMULATED ? via : Optional.empty(), service.get(),
                        figure(f, "ops_per_node", what), figure(f, "scan_rows_per_s", what), figure(f, "edges_per_s", what),
                        figure(f, "ceiling_ops", what), figure(f, "ceiling_records", what), figure(f, "max_recall", what),
                        figure(f, "ceiling_working_set_gb", what), figure(f, "write_ms", what), figure(f, "writes_per_node", what),
                        figure(f, "batch_rows", what), flag(f, "canonical", what, false)));
            } catch (IllegalArgumentException e) {
                nodes.problem(m, what + ": " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<Figure> figure(Map<String, Node> fields, String key, String what) {
        Node n = fields.get(key);
        return n == null ? Optional.empty() : nodes.figure(n, what + " " + key, sources);
    }

    private boolean flag(Map<String, Node> fields, String key, String what, boolean otherwise) {
        Node n = fields.get(key);
        return n == null ? otherwise : nodes.bool(n, what + " " + key).orElse(otherwise);
    }

    private <T> Optional<T> choice(Node node, String what, T[] values, java.util.function.Function<T, String> id) {
        Optional<String> text = nodes.id(node, what);
        if (text.isEmpty()) return Optional.empty();
        Optional<T> match = Arrays.stream(values).filter(v -> id.apply(v).equals(text.get())).findFirst();
        if (match.isEmpty()) {
            List<String> ids = Arrays.stream(values).map(id).collect(Collectors.toList());
            nodes.problem(node, what + " '" + text.get() + "' is not known" + Suggestions.didYouMean(text.get(), ids)
                    + "; expected one of " + String.join(", ", ids));
        }
        return match;
    }

    private static Set<String> ordered(String... keys) { return new LinkedHashSet<>(List.of(keys)); }
}
