package dev.polyglot.workloads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON Schema (draft-07, the draft editors support best) of format version 1, generated from the
 * {@link KeyTable} so the schema and the reader cannot drift. Committed as {@code schemas/workloads-v1.schema.json}
 * and printed by {@code polyglot schema}. The reader stays the authority: it also checks ranges inside quoted
 * numbers and unique names, which a schema cannot express.
 */
public final class WorkloadsSchema {
    public static final String ID = "https://polyglot.dev/schemas/workloads-v1.schema.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WorkloadsSchema() {}

    /** The schema as pretty-printed JSON with a final newline, byte for byte what is committed. */
    public static String json() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema is built in memory and always serialises", e);
        }
    }

    static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("$id", ID);
        root.put("title", "polyglot workloads file, format version 1");
        root.put("description", "The workloads a system must serve and the limits on its portfolio of engines.");
        object(root, Key.Scope.TOP_LEVEL);
        ObjectNode definitions = root.putObject("definitions");
        object(definitions.putObject("constraints"), Key.Scope.CONSTRAINTS);
        ObjectNode workload = definitions.putObject("workload");
        object(workload, Key.Scope.WORKLOAD);
        workload.set("allOf", workloadRules());
        return root;
    }

    private static void object(ObjectNode node, Key.Scope scope) {
        node.put("type", "object");
        node.put("additionalProperties", false);
        ArrayNode required = JSON.arrayNode();
        ObjectNode properties = JSON.objectNode();
        for (Key key : KeyTable.in(scope)) {
            ObjectNode property = value(key.kind());
            property.put("description", key.description() + key.defaultText().map(d -> " Default: " + d + ".").orElse(""));
            properties.set(key.name(), property);
            if (key.required() && KeyTable.spellings(scope, key.field()).size() == 1) required.add(key.name());
        }
        if (!required.isEmpty()) node.set("required", required);
        node.set("properties", properties);
    }

    /** The rules that tie keys together, as the reader enforces them. */
    private static ArrayNode workloadRules() {
        ArrayNode rules = JSON.arrayNode();
        ObjectNode p99 = rules.addObject();
        ArrayNode exactlyOne = p99.putArray("oneOf");
        KeyTable.spellings(Key.Scope.WORKLOAD, "p99_ms").forEach(k -> exactlyOne.addObject().putArray("required").add(k.name()));
        ArrayNode readKeys = rules.addObject().putObject("not").putArray("required");
        KeyTable.spellings(Key.Scope.WORKLOAD, "read_ratio").forEach(k -> readKeys.add(k.name()));
        rules.add(ifThen("shape", Shape.VECTOR_KNN.id(), "dimensions"));
        rules.add(ifThen("consistency", Consistency.BOUNDED_STALENESS.id(), "staleness"));
        ObjectNode stalenessOnlyWithBounded = rules.addObject();
        stalenessOnlyWithBounded.putObject("if").putArray("required").add("staleness").add("consistency");
        stalenessOnlyWithBounded.putObject("then").putObject("properties").putObject("consistency")
                .put("pattern", SchemaPatterns.identifier(List.of(Consistency.BOUNDED_STALENESS.id())));
        return rules;
    }

    private static ObjectNode ifThen(String key, String value, String requiredKey) {
        ObjectNode rule = JSON.objectNode();
        ObjectNode condition = rule.putObject("if");
        condition.putObject("properties").putObject(key).put("pattern", SchemaPatterns.identifier(List.of(value)));
        condition.putArray("required").add(key);
        rule.putObject("then").putArray("required").add(requiredKey);
        return rule;
    }

    private static ObjectNode value(ValueKind kind) {
        return switch (kind) {
            case VERSION -> enumOf(JSON.arrayNode().add(1).add("1"));
            case TEXT -> {
                ObjectNode text = JSON.objectNode();
                text.putArray("type").add("string").add("number").add("boolean");
                text.put("pattern", "\\S");
                yield text;
            }
            case POSITIVE_NUMBER -> numberOrText(JSON.objectNode().put("type", "number").put("exclusiveMinimum", 0));
            case FRACTION -> numberOrText(JSON.objectNode().put("type", "number").put("minimum", 0).put("maximum", 1));
            case POSITIVE_INTEGER -> numberOrText(JSON.objectNode().put("type", "integer").put("minimum", 1));
            case SIZE -> unitText(ByteSizes.pattern(), 0);
            case POSITIVE_AMOUNT -> {
                ObjectNode amount = JSON.objectNode();
                amount.putArray("anyOf").add(JSON.objectNode().put("type", "number").put("exclusiveMinimum", 0)).add(text(Counts.pattern()));
                yield amount;
            }
            case COUNT -> unitText(Counts.pattern(), 0);
            case POSITIVE_COUNT -> unitText(Counts.pattern(), 1);
            case DURATION -> text(Durations.pattern());
            case RATE -> text(GrowthRates.pattern());
            case READ_WRITE -> text(ReadWriteSplits.pattern());
            case SHAPE, CONSISTENCY, DURABILITY, DEPLOYMENT -> choice(kind.choices());
            case ENGINE_IDS -> engineIds();
            case CONSTRAINTS -> JSON.objectNode().put("$ref", "#/definitions/constraints");
            case WORKLOADS -> {
                ObjectNode list = JSON.objectNode().put("type", "array").put("minItems", 1);
                list.putObject("items").put("$ref", "#/definitions/workload");
                yield list;
            }
        };
    }

    private static ObjectNode enumOf(ArrayNode values) {
        ObjectNode node = JSON.objectNode();
        node.set("enum", values);
        return node;
    }

    private static ObjectNode text(String pattern) {
        return JSON.objectNode().put("type", "string").put("pattern", pattern);
    }

    /** A YAML number, or the same number quoted. */
    private static ObjectNode numberOrText(ObjectNode number) {
        ObjectNode node = JSON.objectNode();
        node.putArray("anyOf").add(number).add(text("^\\s*" + Decimals.pattern() + "\\s*$"));
        return node;
    }

    private static ObjectNode unitText(String pattern, int minimum) {
        ObjectNode node = JSON.objectNode();
        node.putArray("anyOf").add(JSON.objectNode().put("type", "integer").put("minimum", minimum)).add(text(pattern));
        return node;
    }

    /** The canonical spellings (so editors complete them) or any tolerant spelling of them. */
    private static ObjectNode choice(List<String> ids) {
        ObjectNode node = JSON.objectNode();
        ArrayNode canonical = JSON.arrayNode();
        ids.forEach(canonical::add);
        node.putArray("anyOf").add(enumOf(canonical)).add(text(SchemaPatterns.identifier(ids)));
        return node;
    }

    private static ObjectNode engineIds() {
        List<String> ids = new ArrayList<>(new TreeSet<>(EngineIdResolver.STANDARD.knownIds()));
        ObjectNode node = JSON.objectNode();
        ObjectNode list = JSON.objectNode().put("type", "array");
        list.set("items", choice(ids));
        node.putArray("anyOf").add(list).add(choice(ids));
        return node;
    }
}
