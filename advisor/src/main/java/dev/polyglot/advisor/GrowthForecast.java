package dev.polyglot.advisor;

import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.Consistency;
import dev.polyglot.workloads.Shape;
import dev.polyglot.workloads.Workload;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * When a route stops fitting as its workload grows: the load factor at which the engine's estimate fails
 * ({@link RouteLimit}), the engine that takes over there, and the months
 * until then at the workload's growth rate. Growth scales ops/s, records and working set; for aggregates
 * also the rows each query scans.
 */
final class GrowthForecast {
    /** Emulated routes without a growth rate are reported when they fit less than this many times today's load. */
    static final double EMULATED_WATCH_FACTOR = 10;

    /**
     * @param factor load multiple at which the route stops fitting
     * @param next   engine index that serves the workload there, or -1
     */
    record Warning(int workload, int engine, int next, double factor, OptionalDouble months, String trigger, boolean emulated) {}

    private GrowthForecast() {}

    static Optional<Warning> of(Evaluation ev, int w, int e, long portfolio) {
        Workload workload = ev.workloads.get(w);
        boolean emulated = ev.fits(w, e).fit() == Fit.EMULATED;
        if (workload.growth().isEmpty() && !emulated) return Optional.empty();
        var engine = ev.engines.get(e);
        Optional<RouteLimit> limit = RouteLimit.of(ev.estimator, workload, engine);
        if (limit.isEmpty()) return Optional.empty();
        double lo = limit.get().fitsUpTo();
        double hi = limit.get().failsAt();
        if (workload.growth().isEmpty() && lo > EMULATED_WATCH_FACTOR) return Optional.empty();
        Estimate failure = ev.estimator.estimate(Projection.scaled(workload, hi), engine);
        int next = nextEngine(ev, Projection.scaled(workload, hi * 1.1), e, portfolio);
        final double fitsUpTo = lo;
        OptionalDouble months = workload.growth().map(g -> OptionalDouble.of(g.monthsUntil(fitsUpTo))).orElse(OptionalDouble.empty());
        if (months.isPresent() && Double.isInfinite(months.getAsDouble())) months = OptionalDouble.empty();
        return Optional.of(new Warning(w, e, next, lo, months, trigger(ev, w, e, lo, failure), emulated));
    }

    private static String trigger(Evaluation ev, int index, int e, double factor, Estimate failure) {
        Workload w = ev.workloads.get(index);
        var fits = ev.fits(index, e);
        String home = fits.via().map(v -> v + " on " + ev.engines.get(e).id()).orElse(ev.engines.get(e).id());
        String at = w.shape() == Shape.AGGREGATE && w.rowsPerQuery().isPresent()
                ? Numbers.amount(w.rowsPerQuery().getAsLong() * factor) + " rows per query"
                : Numbers.amount(w.opsPerSec() * factor) + " " + unit(w.shape());
        String id = ev.engines.get(e).id();
        String what = !(failure instanceof Estimate.Fails f)
                ? "one primary no longer carries it; " + id + " serves it from there only sharded through "
                        + ev.engines.get(e).scaling().layer().map(l -> l.via()).orElse("a sharding layer")
                : switch (f.limit()) {
                    case BUDGET -> "p99 passes the " + Numbers.latency(w.p99Ms()) + " budget";
                    case CEILING -> "it reaches the " + fits.via().orElse("technique's") + " ceiling";
                    case WORKING_SET -> "its working set outgrows " + id + "'s nodes";
                    case THROUGHPUT -> "the load passes what " + id + " can scale to";
                    default -> f.reason();
                };
        return w.name() + " outgrows " + home + " at about " + at + " (" + what + ")";
    }

    static String unit(Shape shape) {
        return switch (shape) {
            case FULL_TEXT -> "searches/s";
            case POINT_LOOKUP, BLOB -> "lookups/s";
            case TIME_SERIES -> "points/s";
            default -> "queries/s";
        };
    }

    /**
     * The engine that takes over at the grown load, in {@link Alternatives} order: one that carries it as it is, not
     * behind a sharding layer of its own (that would be the same turning point on another engine).
     */
    private static int nextEngine(Evaluation ev, Workload grown, int current, long portfolio) {
        Estimate[] at = new Estimate[ev.engines.size()];
        for (int x = 0; x < at.length; x++) {
            if (x != current && (ev.allowed & (1L << x)) != 0) at[x] = ev.estimator.estimate(grown, ev.engines.get(x));
        }
        return IntStream.range(0, at.length)
                .filter(x -> at[x] instanceof Estimate.Fits f && !f.viaLayer())
                .boxed()
                .min(Alternatives.order(ev, grown, current, portfolio, x -> (Estimate.Fits) at[x]))
                .orElse(-1);
    }
}
