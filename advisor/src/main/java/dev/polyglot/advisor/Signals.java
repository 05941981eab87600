package dev.polyglot.advisor;

import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.Consistency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an engine earns its place, in seed 004's four signals: (1) an access shape nobody else serves,
 * (2) a latency budget nobody else meets, (3) a working set nobody else holds, (4) a weaker consistency
 * whose throughput the source of truth cannot afford. Read off what the other engines of the portfolio
 * fail at for the workloads only this engine serves.
 */
final class Signals {
    static final String SHAPE = "signal 1, an access shape nobody else here serves";
    static final String BUDGET = "signal 2, a latency budget nobody else here meets";
    static final String WORKING_SET = "signal 3, a working set nobody else here holds";
    static final String THROUGHPUT = "signal 4, a weaker consistency whose throughput the source of truth cannot afford";
    static final String GUARANTEE = "the only engine here with the guarantee it needs";

    private Signals() {}

    static String reason(Evaluation ev, long portfolio, int engine, Roles.Assignment roles, int[] routes) {
        Map<String, List<String>> bySignal = new LinkedHashMap<>();
        for (int w = 0; w < ev.workloads.size(); w++) {
            if ((ev.servers[w] & (1L << engine)) == 0 || (ev.servers[w] & portfolio & ~(1L << engine)) != 0) continue;
            int other = otherEngine(portfolio, engine, roles.sourceOfTruth());
            if (other < 0) continue;
            Estimate.Fails f = (Estimate.Fails) ev.estimates[w][other];
            bySignal.computeIfAbsent(signal(f, ev.workloads.get(w).consistency()), k -> new ArrayList<>())
                    .add(ev.workloads.get(w).name() + " (" + f.reason() + ")");
        }
        List<String> parts = new ArrayList<>();
        if (engine == roles.sourceOfTruth()) parts.add(sourceOfTruth(ev, engine, routes));
        bySignal.forEach((signal, names) -> parts.add(signal + ": " + String.join("; ", names)));
        if (parts.isEmpty()) parts.add(roles.roles()[engine] == Role.SOURCE_OF_TRUTH
                ? "the durable home of the data it carries" : "carries " + carried(ev, engine, routes) + " with the best margin");
        return String.join(". ", parts);
    }

    private static String sourceOfTruth(Evaluation ev, int engine, int[] routes) {
        List<String> strong = new ArrayList<>();
        for (int w = 0; w < routes.length; w++) {
            var c = ev.workloads.get(w).consistency();
            if (routes[w] == engine && (c == Consistency.STRONG || c == Consistency.READ_YOUR_WRITES)) strong.add(ev.workloads.get(w).name());
        }
        String base = "source of truth: holds the durable data the other stores follow";
        return strong.isEmpty() ? base : base + ", and serves the reads that must see the latest write (" + String.join(", ", strong) + ")";
    }

    /** The engine whose failure explains the need: the source of truth, else the first other engine. */
    private static int otherEngine(long portfolio, int engine, int sot) {
        if (sot >= 0 && sot != engine) return sot;
        long others = portfolio & ~(1L << engine);
        return others == 0 ? -1 : Long.numberOfTrailingZeros(others);
    }

    static String signal(Estimate.Fails f, Consistency needed) {
        return switch (f.limit()) {
            case SHAPE, CEILING -> SHAPE;
            case BUDGET -> BUDGET;
            case WORKING_SET -> WORKING_SET;
            case THROUGHPUT -> needed == Consistency.STRONG ? WORKING_SET : THROUGHPUT;
            default -> GUARANTEE;
        };
    }

    static String headroom(Evaluation ev, GrowthForecast.Warning wn) {
        var w = ev.workloads.get(wn.workload());
        String when = wn.months().isPresent()
                ? "in about " + Numbers.trim(Numbers.round1(wn.months().getAsDouble())) + " months at " + w.growth().orElseThrow()
                : wn.factor() < 1.05 ? "already at today's load" : "at " + Numbers.trim(wn.factor()) + "x today's load";
        var next = ev.engines.get(wn.next());
        String how = next.capability(w.shape()).map(c -> c.fit() == Fit.NATIVE ? "natively" : "through " + c.via().orElse("an emulation")).orElse("");
        return "not needed today: " + wn.trigger() + ", " + when + "; " + next.id() + " serves it " + how + " at that load";
    }

    private static String carried(Evaluation ev, int engine, int[] routes) {
        List<String> names = new ArrayList<>();
        for (int w = 0; w < routes.length; w++) if (routes[w] == engine) names.add(ev.workloads.get(w).name());
        return String.join(", ", names);
    }
}
