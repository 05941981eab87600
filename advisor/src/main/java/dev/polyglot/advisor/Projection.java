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
    /** The most operations per second a projection may reach (10^12): about a thousand times the largest published systems. */
    public static final double MAX_OPS_PER_SEC = 1e12;

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
     * rate, those without one unchanged; the system keeps its name (reports say how far ahead they look).
     *
     * @throws IllegalArgumentException when {@link #beyondForecast} names a workload: callers check that first
     */
    public static WorkloadsFile after(WorkloadsFile file, double months) {
        if (!(months >= 0 && months <= MAX_MONTHS)) throw new IllegalArgumentException("months must be from 0 to " + (int) MAX_MONTHS + ", was " + months);
        if (months == 0) return file;
        beyondForecast(file, months).ifPresent(why -> { throw new IllegalArgumentException(why); });
        var grown = file.workloads().stream()
                .map(w -> w.growth().map(g -> scaled(w, Math.pow(g.monthlyFactor(), months))).orElse(w))
                .toList();
        return new WorkloadsFile(file.source(), file.version(), file.system(), file.constraints(), grown);
    }

    /**
     * Why growing {@code file} for {@code months} is not a forecast, naming the first workload that would pass
     * {@link #MAX_OPS_PER_SEC} or a data set too large to count (more than 2^63 bytes or records), and the most
     * months it can be projected; empty when every workload stays in bounds.
     */
    public static Optional<String> beyondForecast(WorkloadsFile file, double months) {
        for (Workload w : file.workloads()) {
            if (w.growth().isEmpty()) continue;
            double monthly = w.growth().get().monthlyFactor();
            double factor = Math.pow(monthly, months);
            double opsRoom = MAX_OPS_PER_SEC / w.opsPerSec();
            double dataRoom = Long.MAX_VALUE / (double) Math.max(1, Math.max(w.workingSet().map(ByteSize::bytes).orElse(1L), w.records().orElse(1)));
            if (Double.isFinite(factor) && factor <= opsRoom && factor <= dataRoom) continue;
            String what = factor > opsRoom ? "more than 10^12 ops/s" : "a data set too large to count (over 2^63 bytes or records)";
            double most = monthly > 1 ? Math.floor(Math.log(Math.min(opsRoom, dataRoom)) / Math.log(monthly)) : MAX_MONTHS;
            return Optional.of("workload '" + w.name() + "' grows " + w.growth().get() + ": in " + Numbers.trim(months) + " months it would need "
                    + what + ", which is not a forecast; ask for at most " + (long) Math.max(0, most) + (most == 1 ? " month" : " months"));
        }
        return Optional.empty();
    }
}
