package dev.polyglot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.catalog.Figure;
import java.util.Map;

/**
 * {@code polyglot engines --format json}: {@code {"engines": [...]}} with every engine's id, aliases, family,
 * durability, deployment and shapes ({@code fit}, {@code via}); one engine ({@code engines ID}) adds each figure
 * as {@code {"value", "source"}}, engine-wide under {@code figures} and per shape.
 */
final class EngineListingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EngineListingJson() {}

    static String all(Catalog catalog) {
        ObjectNode root = MAPPER.createObjectNode();
        var engines = root.putArray("engines");
        catalog.engines().forEach(e -> engines.add(engine(e, false)));
        return write(root);
    }

    static String one(EngineSpec e) { return write(engine(e, true)); }

    private static ObjectNode engine(EngineSpec e, boolean figures) {
        ObjectNode n = MAPPER.createObjectNode().put("engine", e.id()).put("family", e.family());
        e.aliases().forEach(n.putArray("aliases")::add);
        n.put("durability", e.durability().id()).put("managed_only", e.managedOnly()).put("can_own_data", e.canOwnData());
        if (figures) putFigures(n.putObject("figures"), EngineListing.figures(e));
        var shapes = n.putArray("shapes");
        e.shapes().forEach((shape, c) -> {
            ObjectNode s = shapes.addObject().put("shape", shape.id()).put("fit", c.fit().id()).put("via", c.via().orElse(null));
            if (figures) putFigures(s.putObject("figures"), c.figures());
        });
        return n;
    }

    private static void putFigures(ObjectNode into, Map<String, Figure> figures) {
        figures.forEach((name, f) -> into.putObject(name.replace(' ', '_')).put("value", f.value()).put("source", f.source()));
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
