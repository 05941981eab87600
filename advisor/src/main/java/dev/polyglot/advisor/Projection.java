package dev.polyglot.advisor;

import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.ByteSize;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.Optional;

/**
 * Workloads as they will be after growth: the load, the data set and (for aggregates, which scan all of it) the
 * rows per query multiply by the same factor. The growth forecast bisects over this factor; {@code advise --months}
 * applies each workload's own rate for a number of months.
 */
public final class Projection {
    /** The furthest {@link #after} projects, in months: compound growth beyond ten years is not a forecast. */
    public static final double MAX_MONTHS = 120;

    private Projection() {}

    /** {@code w} with its ops/s, records, working set and (aggregates) rows per query multiplied by {@code factor} (above 0). */
    public static Workload scaled(Workload w, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) throw new IllegalArgumentException("growth factor must be a finite number above 0, was " + factor);
        Workload.Builder b = w.toBuilder().opsPerSec(w.opsPerSec() * factor);
        w.workingSet().ifPresent(ws -> b.workingSet(new ByteSize(Math.round(ws.bytes() * factor))));
        if (w.records().isPresent()) b.records(Math.round(w.records().getAsLong() * factor));
        if (w.shape() == Shape.AGGREGATE && w.rowsPerQuery().isPresent()) b.rowsPerQuery(Math.max(1, Math.round(w.rowsPerQuery().getAsLong() * factor)));
        return b.build();
    }

    /**
     * The file {@code months} (0 to {@link #MAX_MONTHS}) from now: each workload grown at its own {@code growth}
     * rate, those without one unchanged, and the system named "SYSTEM in N months".
     */
    public static WorkloadsFile after(WorkloadsFile file, double months) {
        if (!(months >= 0 && months <= MAX_MONTHS)) throw new IllegalArgumentException("months must be from 0 to " + (int) MAX_MONTHS + ", was " + months);
        if (months == 0) return file;
        var grown = file.workloads().stream()
                .map(w -> w.growth().map(g -> scaled(w, Math.pow(g.monthlyFactor(), months))).orElse(w))
                .toList();
        String name = file.systemName() + " in " + Numbers.trim(months) + (months == 1 ? " month" : " months");
        return new WorkloadsFile(file.source(), file.version(), Optional.of(name), file.constraints(), grown);
    }
}
