package dev.polyglot.bench.profile;

import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Durability;
import dev.polyglot.workloads.Shape;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One workload guessed from statistics, with where each figure came from.
 *
 * @param name         a name; {@link DraftYaml} makes names unique in the file
 * @param shape        the guessed access shape
 * @param opsPerSec    measured operations per second, above 0 (tiny rates are floored by {@link Rate})
 * @param readRatio    share of operations that read, 0..1
 * @param records      rows or keys in the data set
 * @param workingSet   bytes of the data the workload keeps hot (or all of it, when hotness cannot be read)
 * @param rowsPerQuery rows one operation reads, 1 or more
 * @param consistency  the guarantee the engine gives (the user may weaken it)
 * @param durability   ephemeral when the data mostly expires
 * @param sources      comment lines: which statistic each figure came from, and what to check
 * @param totalSize    all the bytes the data takes, shown beside a hot working set
 * @param latency      the latency the engine observed, from which the p99 budget is suggested
 */
public record DraftWorkload(String name, Shape shape, Rate opsPerSec, double readRatio, OptionalLong records,
                            Optional<ByteSize> workingSet, OptionalLong rowsPerQuery, Consistency consistency,
                            Durability durability, List<String> sources, Optional<ByteSize> totalSize,
                            Optional<ObservedLatency> latency) {
    /** A workload without an observed latency, whose working set is all of its data. */
    public DraftWorkload(String name, Shape shape, Rate opsPerSec, double readRatio, OptionalLong records, Optional<ByteSize> workingSet,
                         OptionalLong rowsPerQuery, Consistency consistency, Durability durability, List<String> sources) {
        this(name, shape, opsPerSec, readRatio, records, workingSet, rowsPerQuery, consistency, durability, sources, Optional.empty(),
                Optional.empty());
    }

    public DraftWorkload {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(opsPerSec, "opsPerSec");
        if (!(readRatio >= 0 && readRatio <= 1)) throw new IllegalArgumentException("readRatio must be 0..1, was " + readRatio);
        if (records.isPresent() && records.getAsLong() < 0) throw new IllegalArgumentException("records must be 0 or more");
        if (rowsPerQuery.isPresent() && rowsPerQuery.getAsLong() < 1) throw new IllegalArgumentException("rowsPerQuery must be 1 or more");
        Objects.requireNonNull(consistency, "consistency");
        Objects.requireNonNull(durability, "durability");
        sources = List.copyOf(sources);
        Objects.requireNonNull(totalSize, "totalSize");
        Objects.requireNonNull(latency, "latency");
    }
}
