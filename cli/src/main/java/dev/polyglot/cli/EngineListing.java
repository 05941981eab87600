package dev.polyglot.cli;

import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.catalog.Figure;
import dev.polyglot.advisor.catalog.ReadPath;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text of {@code polyglot engines}: one line per engine, or one engine in full with its sources. */
final class EngineListing {
    private EngineListing() {}

    static String all(Catalog catalog) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"engine", "family", "durability", "deployment", "native", "emulated"});
        for (EngineSpec e : catalog.engines()) {
            List<String> natives = new ArrayList<>();
            List<String> emulated = new ArrayList<>();
            e.shapes().forEach((shape, c) -> (c.fit() == dev.polyglot.advisor.Fit.NATIVE ? natives : emulated)
                    .add(shape.id() + (c.via().isPresent() ? " (" + c.via().get() + ")" : "")));
            rows.add(new String[] {e.id() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")"), e.family(),
                    e.durability().id(), e.managedOnly() ? "managed only" : "self-hosted or managed",
                    natives.isEmpty() ? "-" : String.join(", ", natives), emulated.isEmpty() ? "-" : String.join(", ", emulated)});
        }
        return align(rows) + catalog.size() + " engines; `polyglot engines ID` shows one with the source of every figure.\n";
    }

    static String one(EngineSpec e) {
        StringBuilder out = new StringBuilder();
        out.append(e.id()).append(" (").append(e.family()).append(")");
        if (!e.aliases().isEmpty()) out.append(", also ").append(String.join(", ", e.aliases()));
        out.append("\n  durability: ").append(e.durability().id()).append(e.inMemory() ? ", in memory" : "")
                .append(e.canOwnData() ? "; can be a source of truth" : "; derived copies only")
                .append(e.managedOnly() ? "; managed only" : "").append(e.generalist() ? "; generalist" : "").append('\n');
        out.append("  sync as a derived store: ").append(e.sync().id()).append('\n');
        out.append("  reads: primary ").append(path(e.primary()));
        e.replica().ifPresent(r -> out.append(", replica ").append(path(r)));
        out.append(", derived copy ").append(path(e.derived())).append('\n');
        Map<String, Figure> figures = figures(e);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  figure", "value", "source"});
        figures.forEach((k, f) -> rows.add(new String[] {"  " + k, Numbers.amount(f.value()), f.source()}));
        out.append(align(rows));
        for (Shape shape : Shape.values()) {
            var c = e.capability(shape);
            if (c.isEmpty()) {
                out.append("  ").append(shape.id()).append(": unsupported\n");
                continue;
            }
            out.append("  ").append(shape.id()).append(": ").append(c.get().fit().id()).append(c.get().via().map(v -> " via " + v).orElse("")).append('\n');
            c.get().figures().forEach((k, f) -> out.append("    ").append(k).append(" = ").append(Numbers.amount(f.value()))
                    .append("  [").append(f.source()).append("]\n"));
        }
        return out.toString();
    }

    /** The engine-wide figures (cost, scaling, derived-copy lag) by the catalog's names, in the catalog's order. */
    static Map<String, Figure> figures(EngineSpec e) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("operational_cost", e.operationalCost());
        figures.put("fixed_cost_usd_month", e.cost().fixedUsdMonth());
        figures.put("node_cost_usd_month", e.cost().nodeUsdMonth());
        figures.put("storage_cost_usd_gb_month", e.cost().storageUsdGbMonth());
        var s = e.scaling();
        figures.put("max_replicas", s.maxReplicas());
        figures.put("max_shards", s.maxShards());
        figures.put("cores_per_node", s.coresPerNode());
        figures.put("ram_gb_per_node", s.ramGbPerNode());
        figures.put("storage_gb_per_node", s.storageGbPerNode());
        figures.put("disk_read_ms", s.diskReadMs());
        figures.put("copies", s.copies());
        s.layer().ifPresent(l -> {
            figures.put("sharding_layer max_shards (" + l.via() + ")", l.maxShards());
            figures.put("sharding_layer shard_gb", l.shardGb());
            figures.put("sharding_layer fixed_cost_usd_month", l.fixedUsdMonth());
        });
        figures.put("derived lag_s", e.derived().lagS());
        return figures;
    }

    private static String path(ReadPath p) {
        return p.level().id() + (p.lagS().value() > 0 ? " (~" + Numbers.duration(p.lagS().value()) + " behind)" : "");
    }

    private static String align(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length());
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) line.append(i == r.length - 1 ? r[i] : r[i] + " ".repeat(widths[i] - r[i].length() + 2));
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
