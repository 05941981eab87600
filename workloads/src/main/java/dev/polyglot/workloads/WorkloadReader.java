package dev.polyglot.workloads;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one workload map: required keys, each value by its kind, the spec's defaults, and the rules that tie keys
 * together (bounded-staleness and staleness, vector-knn and dimensions, unique names).
 */
final class WorkloadReader {
    private final Problems problems;
    private final Values values;

    WorkloadReader(Problems problems, Values values) {
        this.problems = problems;
        this.values = values;
    }

    /**
     * @param item  the list item
     * @param index its 1-based place in the list, for messages
     * @param names names seen so far (case-insensitive) with where they were given; this workload's is added
     */
    Optional<Workload> read(Node item, int index, Map<String, SourcePosition> names) {
        if (!(item instanceof MappingNode map)) {
            problems.at(item, "workload " + index + " must be a map with name, shape, ops_per_sec and p99_ms, got " + Values.describe(item));
            return Optional.empty();
        }
        int before = problems.count();
        Fields f = Fields.read(map, Key.Scope.WORKLOAD, problems);
        Optional<String> name = required(f, "name", index).flatMap(values::text);
        String label = name.map(n -> "workload '" + n + "'").orElse("workload " + index);
        name.ifPresent(n -> unique(n, f.get("name").orElseThrow(), names));
        Optional<Shape> shape = required(f, "shape", label).flatMap(e -> values.choice(e, Shape::parse));
        Optional<Double> ops = required(f, "ops_per_sec", label).flatMap(e -> values.convert(e, Counts::positiveAmount));
        Optional<Double> p99 = required(f, "p99_ms", label).flatMap(this::p99Millis);
        Optional<Double> readRatio = f.get("read_ratio").flatMap(this::readRatio);
        Optional<ByteSize> workingSet = f.get("working_set").flatMap(e -> values.convert(e, ByteSizes::parse));
        Optional<Long> records = f.get("records").flatMap(e -> values.convert(e, Counts::parse));
        Optional<Long> rowsPerQuery = f.get("rows_per_query").flatMap(e -> values.convert(e, text -> Counts.parse(text)
                .then(n -> n >= 1 ? Conversion.of(n) : Conversion.refused(""))));
        Optional<Consistency> consistency = f.get("consistency").flatMap(e -> values.choice(e, Consistency::parse));
        Optional<Duration> staleness = f.get("staleness").flatMap(e -> values.convert(e, Durations::parse));
        Optional<Durability> durability = f.get("durability").flatMap(e -> values.choice(e, Durability::parse));
        Optional<GrowthRate> growth = f.get("growth").flatMap(e -> values.convert(e, GrowthRates::parse));
        Optional<Integer> dimensions = f.get("dimensions").flatMap(values::integer);
        Optional<Double> recall = f.get("recall").flatMap(values::number);
        Optional<Integer> hops = f.get("hops").flatMap(values::integer);
        Optional<String> notes = f.get("notes").flatMap(values::text);

        Consistency level = consistency.orElse(staleness.isPresent() ? Consistency.BOUNDED_STALENESS : Consistency.STRONG);
        checkStaleness(f, level, label);
        if (shape.orElse(null) == Shape.VECTOR_KNN && !f.has("dimensions")) {
            problems.at(f.get("shape").orElseThrow().value(),
                    label + ": shape 'vector-knn' needs 'dimensions' (the vector length, " + ValueKind.POSITIVE_INTEGER.expected() + ")");
        }
        if (problems.count() > before || name.isEmpty() || shape.isEmpty() || ops.isEmpty() || p99.isEmpty()) return Optional.empty();

        return Optional.of(new Workload(name.get(), shape.get(), ops.get(), p99.get(),
                readRatio.orElse(shape.get().defaultReadRatio()), workingSet,
                records.map(OptionalLong::of).orElse(OptionalLong.empty()),
                rowsPerQuery.map(OptionalLong::of).orElse(OptionalLong.empty()),
                level, level == Consistency.BOUNDED_STALENESS ? staleness : Optional.empty(),
                durability.orElse(Durability.DURABLE), growth,
                dimensions.map(OptionalInt::of).orElse(OptionalInt.empty()),
                recall.orElse(Workload.DEFAULT_RECALL), hops.orElse(Workload.DEFAULT_HOPS), notes, Problems.position(map)));
    }

    private Optional<Fields.Entry> required(Fields f, String field, int index) { return required(f, field, "workload " + index); }

    private Optional<Fields.Entry> required(Fields f, String field, String label) {
        Optional<Fields.Entry> entry = f.get(field);
        if (entry.isEmpty()) {
            Key key = KeyTable.find(Key.Scope.WORKLOAD, field).orElseThrow();
            StringBuilder message = new StringBuilder(label + " is missing '" + field + "' (" + key.kind().expected());
            KeyTable.spellings(Key.Scope.WORKLOAD, field).stream().filter(Key::isAlias)
                    .forEach(alias -> message.append("; or '").append(alias.name()).append("': ").append(alias.kind().expected()));
            problems.at(f.node(), message.append(')').toString());
        }
        return entry;
    }

    private void unique(String name, Fields.Entry entry, Map<String, SourcePosition> names) {
        SourcePosition first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), Problems.position(entry.value()));
        if (first != null) {
            problems.at(entry.value(), "workload name '" + name + "' is already used by the workload at line " + first.line()
                    + "; names must be unique");
        }
    }

    /** {@code p99_ms} and {@code p99_latency_ms} are milliseconds; {@code p99} is a duration with its unit. */
    private Optional<Double> p99Millis(Fields.Entry entry) {
        if (entry.key().kind() == ValueKind.DURATION) return values.convert(entry, Durations::parse).map(Durations::millis);
        return values.number(entry);
    }

    private Optional<Double> readRatio(Fields.Entry entry) {
        if (entry.key().kind() == ValueKind.READ_WRITE) return values.convert(entry, ReadWriteSplits::parse);
        return values.number(entry);
    }

    /**
     * bounded-staleness needs a bound; a bound with no consistency given implies bounded-staleness; a bound with
     * another explicit level is a contradiction, reported rather than silently dropped.
     */
    private void checkStaleness(Fields f, Consistency level, String label) {
        Optional<Fields.Entry> consistency = f.get("consistency");
        Optional<Fields.Entry> staleness = f.get("staleness");
        if (level == Consistency.BOUNDED_STALENESS && staleness.isEmpty() && consistency.isPresent()) {
            problems.at(consistency.get().value(), label + ": consistency 'bounded-staleness' needs 'staleness' ("
                    + ValueKind.DURATION.expected() + "), how stale a read may be");
        }
        if (staleness.isPresent() && level != Consistency.BOUNDED_STALENESS && consistency.isPresent()
                && Consistency.parse(Values.scalarText(consistency.get().value())).isPresent()) {
            problems.at(staleness.get().keyNode(), label + ": 'staleness' applies only to consistency 'bounded-staleness', but consistency is '"
                    + level.id() + "'; remove 'staleness' or set 'consistency: bounded-staleness'");
        }
    }
}
