package dev.polyglot.workloads;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The type of a key's value in a workloads file, with the phrase that error messages use for it. */
public enum ValueKind {
    VERSION("the integer 1"),
    TEXT("a non-empty string"),
    POSITIVE_NUMBER("a number above 0"),
    POSITIVE_AMOUNT("a number above 0 or a count such as 200k or 30M"),
    FRACTION("a number from 0 to 1"),
    POSITIVE_INTEGER("a whole number, 1 or more"),
    SIZE("a size such as 512MB, 2GB or \"512 MiB\""),
    COUNT("a count such as 30M, 1.5B, 200k or 5000"),
    POSITIVE_COUNT("a count of 1 or more, such as 20, 50k or 1M"),
    DURATION("a duration such as 50ms, 30s, 5m or 24h"),
    RATE("a growth rate such as 20%/month, 2x/year or 10%/week"),
    READ_WRITE("a read:write split such as \"90:10\""),
    SHAPE("an access shape: " + ids(Shape.values(), Shape::id)),
    CONSISTENCY("a consistency level: " + ids(Consistency.values(), Consistency::id)),
    DURABILITY("a durability: " + ids(Durability.values(), Durability::id)),
    DEPLOYMENT("a deployment: " + ids(Deployment.values(), Deployment::id)),
    ENGINE_IDS("a list of engine ids such as [postgres, redis]"),
    CONSTRAINTS("a map of max_engines, prefer, exclude, deployment"),
    WORKLOADS("a list of workloads, each a map with name, shape, ops_per_sec and p99_ms");

    private final String expected;

    ValueKind(String expected) { this.expected = expected; }

    /** What a value of this kind looks like, for messages: "a number above 0". */
    public String expected() { return expected; }

    /** The identifiers an enumerated kind accepts, empty for other kinds. */
    public List<String> choices() {
        return switch (this) {
            case SHAPE -> Arrays.stream(Shape.values()).map(Shape::id).toList();
            case CONSISTENCY -> Arrays.stream(Consistency.values()).map(Consistency::id).toList();
            case DURABILITY -> Arrays.stream(Durability.values()).map(Durability::id).toList();
            case DEPLOYMENT -> Arrays.stream(Deployment.values()).map(Deployment::id).toList();
            default -> List.of();
        };
    }

    private static <T> String ids(T[] values, Function<T, String> id) {
        return String.join(", ", Arrays.stream(values).map(id).toList());
    }
}
