package dev.polyglot.bench.jmh;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Constraints;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.GrowthRate;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * A large, seeded, realistic-looking system for timing the solver: a mix of every shape with loads from
 * 0.01 to 20k ops/s, budgets from 1 ms to 30 s, every consistency level and some growth. The same seed
 * always gives the same system. {@code main} writes it as a workloads file:
 * {@code java -cp ... dev.polyglot.bench.jmh.LargeSystem 10000 target/large.yml}.
 */
public final class LargeSystem {
    private static final double[] OPS = {0.01, 1, 20, 60, 200, 800, 3000, 20000};
    private static final double[] BUDGETS = {1, 5, 30, 50, 200, 1000, 5000, 30000};
    private static final long[] RECORDS = {50_000, 2_000_000, 30_000_000, 500_000_000};

    private LargeSystem() {}

    /** {@code count} workloads from {@code seed}. */
    public static WorkloadsFile generate(int count, long seed) {
        Random random = new Random(seed);
        List<Workload> workloads = new ArrayList<>(count);
        Shape[] shapes = Shape.values();
        for (int i = 0; i < count; i++) {
            Shape shape = shapes[random.nextInt(shapes.length)];
            long records = RECORDS[random.nextInt(RECORDS.length)];
            Workload.Builder w = Workload.builder(String.format(Locale.ROOT, "w%05d %s", i, shape.id()), shape)
                    .opsPerSec(OPS[random.nextInt(OPS.length)])
                    .p99Ms(BUDGETS[random.nextInt(BUDGETS.length)])
                    .records(records)
                    .workingSet(ByteSize.ofGigabytes(records / 1e7))
                    .durability(random.nextInt(5) == 0 ? Durability.EPHEMERAL : Durability.DURABLE);
            Consistency c = Consistency.values()[random.nextInt(Consistency.values().length)];
            if (c == Consistency.BOUNDED_STALENESS) w.staleness(Duration.ofSeconds(30)); else w.consistency(c);
            if (shape == Shape.AGGREGATE) w.rowsPerQuery(records);
            if (shape == Shape.RANGE_SCAN) w.rowsPerQuery(30);
            if (shape == Shape.VECTOR_KNN) w.dimensions(random.nextBoolean() ? 384 : 768);
            if (random.nextInt(3) == 0) w.growth(new GrowthRate(1.2, "20%/month"));
            workloads.add(w.build());
        }
        return new WorkloadsFile("large-" + count + ".yml", 1, Optional.of("large-" + count), Constraints.NONE, workloads);
    }

    /** The system as a workloads file, in the format's own keys. */
    public static String yaml(WorkloadsFile file) {
        StringBuilder out = new StringBuilder("version: 1\nsystem: ").append(file.systemName()).append("\nworkloads:\n");
        for (Workload w : file.workloads()) {
            out.append("  - name: ").append(w.name()).append("\n    shape: ").append(w.shape().id())
                    .append("\n    ops_per_sec: ").append(w.opsPerSec()).append("\n    p99_ms: ").append(w.p99Ms())
                    .append("\n    records: ").append(w.records().orElseThrow())
                    .append("\n    working_set: ").append(w.workingSet().orElseThrow().bytes() / 1_000_000).append("MB")
                    .append("\n    consistency: ").append(w.consistency().id())
                    .append("\n    durability: ").append(w.durability().id()).append('\n');
            w.staleness().ifPresent(s -> out.append("    staleness: ").append(s.toSeconds()).append("s\n"));
            w.rowsPerQuery().ifPresent(r -> out.append("    rows_per_query: ").append(r).append('\n'));
            w.dimensions().ifPresent(d -> out.append("    dimensions: ").append(d).append('\n'));
            w.growth().ifPresent(g -> out.append("    growth: ").append(g.text()).append('\n'));
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path target = Path.of(args.length > 1 ? args[1] : "large-" + count + ".yml");
        Files.writeString(target, yaml(generate(count, 42)));
        System.out.println("wrote " + count + " workloads to " + target);
    }
}
