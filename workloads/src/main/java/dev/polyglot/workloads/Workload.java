package dev.polyglot.workloads;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One workload: a named access shape with its rate, budget, data and guarantees. Immutable and validated;
 * defaults are applied by the parser (or {@link #builder}), never left to the reader.
 *
 * @param name         unique in its file, not blank
 * @param shape        what one operation does
 * @param opsPerSec    peak steady-state operations per second, above 0
 * @param p99Ms        p99 latency budget in milliseconds, above 0
 * @param readRatio    share of operations that read, 0..1
 * @param workingSet   hot data the workload touches
 * @param records      rows, documents, vectors or nodes in the data set, 0 or more
 * @param rowsPerQuery rows one operation reads, 1 or more
 * @param consistency  the weakest read guarantee accepted
 * @param staleness    how stale a read may be; present exactly when consistency is bounded-staleness
 * @param durability   whether the data must survive a restart
 * @param growth       how fast the load grows
 * @param dimensions   vector length, 1 or more
 * @param recall       required recall@k, 0..1 (used by vector-knn)
 * @param hops         traversal depth, 1 or more (used by graph-traversal)
 * @param notes        free text carried into reports
 * @param position     where the workload starts in its file
 */
public record Workload(
        String name,
        Shape shape,
        double opsPerSec,
        double p99Ms,
        double readRatio,
        Optional<ByteSize> workingSet,
        OptionalLong records,
        OptionalLong rowsPerQuery,
        Consistency consistency,
        Optional<Duration> staleness,
        Durability durability,
        Optional<GrowthRate> growth,
        OptionalInt dimensions,
        double recall,
        int hops,
        Optional<String> notes,
        SourcePosition position) {

    public static final double DEFAULT_RECALL = 0.95;
    public static final int DEFAULT_HOPS = 2;

    public Workload {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        Objects.requireNonNull(shape, "shape");
        requirePositive("ops_per_sec", opsPerSec);
        requirePositive("p99_ms", p99Ms);
        requireFraction("read_ratio", readRatio);
        requireFraction("recall", recall);
        if (records.isPresent() && records.getAsLong() < 0) throw new IllegalArgumentException("records must be 0 or more");
        if (rowsPerQuery.isPresent() && rowsPerQuery.getAsLong() < 1) throw new IllegalArgumentException("rows_per_query must be 1 or more");
        if (dimensions.isPresent() && dimensions.getAsInt() < 1) throw new IllegalArgumentException("dimensions must be 1 or more");
        if (hops < 1) throw new IllegalArgumentException("hops must be 1 or more, was " + hops);
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(durability, "durability");
        if ((consistency == Consistency.BOUNDED_STALENESS) != staleness.isPresent()) {
            throw new IllegalArgumentException("staleness is given exactly when consistency is bounded-staleness");
        }
        staleness.ifPresent(s -> { if (s.isNegative() || s.isZero()) throw new IllegalArgumentException("staleness must be above 0"); });
        Objects.requireNonNull(position, "position");
    }

    private static void requirePositive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) throw new IllegalArgumentException(key + " must be a finite number above 0, was " + value);
    }

    private static void requireFraction(String key, double value) {
        if (!(value >= 0 && value <= 1)) throw new IllegalArgumentException(key + " must be between 0 and 1, was " + value);
    }

    /** Reads per second at peak. */
    public double readsPerSec() { return opsPerSec * readRatio; }

    /** Writes per second at peak. */
    public double writesPerSec() { return opsPerSec * (1 - readRatio); }

    /** A workload with the spec's defaults, for code and tests that build workloads directly. */
    public static Builder builder(String name, Shape shape) { return new Builder(name, shape); }

    /** Copy into a builder, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder(name, shape);
        b.opsPerSec = opsPerSec; b.p99Ms = p99Ms; b.readRatio = readRatio; b.workingSet = workingSet;
        b.records = records; b.rowsPerQuery = rowsPerQuery; b.consistency = consistency; b.staleness = staleness;
        b.durability = durability; b.growth = growth; b.dimensions = dimensions; b.recall = recall; b.hops = hops;
        b.notes = notes; b.position = position;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. Defaults follow the workloads format. */
    public static final class Builder {
        private String name;
        private Shape shape;
        private double opsPerSec = 1;
        private double p99Ms = 100;
        private double readRatio;
        private Optional<ByteSize> workingSet = Optional.empty();
        private OptionalLong records = OptionalLong.empty();
        private OptionalLong rowsPerQuery = OptionalLong.empty();
        private Consistency consistency = Consistency.STRONG;
        private Optional<Duration> staleness = Optional.empty();
        private Durability durability = Durability.DURABLE;
        private Optional<GrowthRate> growth = Optional.empty();
        private OptionalInt dimensions = OptionalInt.empty();
        private double recall = DEFAULT_RECALL;
        private int hops = DEFAULT_HOPS;
        private Optional<String> notes = Optional.empty();
        private SourcePosition position = SourcePosition.UNKNOWN;

        private Builder(String name, Shape shape) {
            this.name = name;
            this.shape = shape;
            this.readRatio = shape.defaultReadRatio();
        }

        public Builder name(String v) { name = v; return this; }
        public Builder shape(Shape v) { shape = v; return this; }
        public Builder opsPerSec(double v) { opsPerSec = v; return this; }
        public Builder p99Ms(double v) { p99Ms = v; return this; }
        public Builder readRatio(double v) { readRatio = v; return this; }
        public Builder workingSet(ByteSize v) { workingSet = Optional.of(v); return this; }
        public Builder records(long v) { records = OptionalLong.of(v); return this; }
        public Builder rowsPerQuery(long v) { rowsPerQuery = OptionalLong.of(v); return this; }
        public Builder consistency(Consistency v) { consistency = v; return this; }
        /** Sets bounded-staleness with this bound. */
        public Builder staleness(Duration v) { consistency = Consistency.BOUNDED_STALENESS; staleness = Optional.of(v); return this; }
        public Builder durability(Durability v) { durability = v; return this; }
        public Builder growth(GrowthRate v) { growth = Optional.of(v); return this; }
        public Builder dimensions(int v) { dimensions = OptionalInt.of(v); return this; }
        public Builder recall(double v) { recall = v; return this; }
        public Builder hops(int v) { hops = v; return this; }
        public Builder notes(String v) { notes = Optional.of(v); return this; }
        public Builder position(SourcePosition v) { position = v; return this; }

        public Workload build() {
            Optional<Duration> effectiveStaleness = consistency == Consistency.BOUNDED_STALENESS ? staleness : Optional.empty();
            return new Workload(name, shape, opsPerSec, p99Ms, readRatio, workingSet, records, rowsPerQuery, consistency,
                    effectiveStaleness, durability, growth, dimensions, recall, hops, notes, position);
        }
    }
}
