package dev.polyglot.bench.engine;

import dev.polyglot.workloads.Identifiers;
import dev.polyglot.workloads.Shape;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The engines the bench can drive, with their standard local address and the shapes each binding implements. */
public enum Engine {
    POSTGRES("postgres", 5432, EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.FULL_TEXT, Shape.AGGREGATE, Shape.TIME_SERIES)),
    REDIS("redis", 6379, EnumSet.of(Shape.POINT_LOOKUP, Shape.RANGE_SCAN, Shape.TIME_SERIES)),
    CLICKHOUSE("clickhouse", 8123, EnumSet.of(Shape.TIME_SERIES, Shape.AGGREGATE));

    private final String id;
    private final int defaultPort;
    private final Set<Shape> shapes;

    Engine(String id, int defaultPort, Set<Shape> shapes) {
        this.id = id;
        this.defaultPort = defaultPort;
        this.shapes = Set.copyOf(shapes);
    }

    /** The catalog id, e.g. {@code postgres}. */
    public String id() { return id; }

    /** The port of the engine's standard local install (ClickHouse: its HTTP port). */
    public int defaultPort() { return defaultPort; }

    /** The shapes this engine's binding can run. */
    public Set<Shape> shapes() { return shapes; }

    /** The shape a bare {@code --engine X} run uses. */
    public Shape defaultShape() { return this == CLICKHOUSE ? Shape.AGGREGATE : Shape.POINT_LOOKUP; }

    /** The command that starts a local one, for messages. */
    public String startHint() { return "scripts/engines.sh up " + id; }

    /** Matches ids and their aliases ({@code postgresql}, {@code valkey}) the way workloads files do. */
    public static Optional<Engine> parse(String text) {
        String wanted = Identifiers.normalize(text);
        return switch (wanted) {
            case "postgres", "postgresql", "pg" -> Optional.of(POSTGRES);
            case "redis", "valkey" -> Optional.of(REDIS);
            case "clickhouse" -> Optional.of(CLICKHOUSE);
            default -> Optional.empty();
        };
    }

    @Override public String toString() { return id; }
}
