package dev.polyglot.advisor;

import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Turns a solved portfolio into the {@link Advice}: entries, routes, growth, headroom and sync edges. */
final class AdviceBuilder {
    private AdviceBuilder() {}

    static Advice build(Evaluation ev, PortfolioSolver.Solution solution) {
        long portfolio = solution.portfolio();
        int[] routes = Router.route(ev, portfolio);
        for (int w : solution.unserved().keySet()) routes[w] = -1;
        Roles.Assignment roles = Roles.assign(ev, portfolio, routes);

        List<GrowthForecast.Warning> warnings = new ArrayList<>(GrowthProofing.warnings(ev, routes, portfolio));
        Optional<GrowthForecast.Warning> headroom = Headroom.pick(ev, warnings, solution);

        List<Advice.PortfolioEntry> entries = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        if (roles.sourceOfTruth() >= 0) order.add(roles.sourceOfTruth());
        for (int e = 0; e < ev.engines.size(); e++) if ((portfolio & (1L << e)) != 0 && e != roles.sourceOfTruth()) order.add(e);
        for (int e : order) {
            var spec = ev.engines.get(e);
            boolean derived = roles.roles()[e] == Role.DERIVED;
            int nodes = Costs.nodes(ev, routes, e, derived);
            entries.add(new Advice.PortfolioEntry(spec.id(), spec.family(), roles.roles()[e], carried(ev, routes, e), nodes,
                    Costs.drivenBy(ev, routes, e, derived), Costs.of(ev, routes, e, nodes, derived), Signals.reason(ev, portfolio, e, roles, routes)));
        }
        headroom.ifPresent(wn -> {
            var spec = ev.engines.get(wn.next());
            var now = ev.estimates[wn.workload()][wn.next()];
            int nodes = now instanceof Estimate.Fits f ? f.nodes() : 1;
            String drivenBy = now instanceof Estimate.Fits f ? ev.workloads.get(wn.workload()).name() + ": " + f.sizing(false) : "one node to start";
            entries.add(new Advice.PortfolioEntry(spec.id(), spec.family(), Role.HEADROOM, List.of(ev.workloads.get(wn.workload()).name()),
                    nodes, drivenBy, Costs.of(spec, nodes, now instanceof Estimate.Fits f ? f.nodeShare() : 1, Costs.dataGb(ev.workloads.get(wn.workload())),
                            now instanceof Estimate.Fits f && f.viaLayer(), now instanceof Estimate.Fits f ? f.copies() : 1),
                    Signals.headroom(ev, wn)));
        });

        List<Advice.SyncEdge> sync = new ArrayList<>();
        if (roles.sourceOfTruth() >= 0) {
            String from = ev.engines.get(roles.sourceOfTruth()).id();
            for (int e : order) {
                if (roles.roles()[e] == Role.DERIVED) sync.add(edge(from, ev, e));
            }
            headroom.ifPresent(wn -> sync.add(edge(from, ev, wn.next())));
        }

        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < ev.file.workloads().size(); i++) fileOrder.put(ev.file.workloads().get(i).name(), i);
        List<Integer> byFile = new ArrayList<>();
        for (int w = 0; w < routes.length; w++) byFile.add(w);
        byFile.sort((a, b) -> Integer.compare(fileOrder.get(ev.workloads.get(a).name()), fileOrder.get(ev.workloads.get(b).name())));

        List<Advice.Route> routeList = new ArrayList<>();
        List<Advice.Unserved> unserved = new ArrayList<>();
        for (int w : byFile) {
            if (routes[w] >= 0) routeList.add(route(ev, w, routes[w], roles.roles()[routes[w]], portfolio));
            else unserved.add(new Advice.Unserved(ev.workloads.get(w).name(), solution.unserved().getOrDefault(w, ev.closestMiss(w))));
        }
        warnings.sort((a, b) -> Integer.compare(fileOrder.get(ev.workloads.get(a.workload()).name()), fileOrder.get(ev.workloads.get(b.workload()).name())));
        List<Advice.GrowthWarning> growth = new ArrayList<>();
        for (var wn : warnings) {
            growth.add(new Advice.GrowthWarning(ev.workloads.get(wn.workload()).name(), ev.engines.get(wn.engine()).id(),
                    wn.next() >= 0 ? Optional.of(ev.engines.get(wn.next()).id()) : Optional.empty(), wn.trigger(),
                    wn.months().isPresent() ? OptionalDouble.of(Numbers.round1(wn.months().getAsDouble())) : OptionalDouble.empty()));
        }
        return new Advice(ev.file.systemName(), entries, routeList, unserved, growth, sync);
    }

    static Advice.Route route(Evaluation ev, int w, int e, Role role, long portfolio) {
        Workload workload = ev.workloads.get(w);
        Estimate.Fits f = ev.fits(w, e);
        var spec = ev.engines.get(e);
        var consistency = role == Role.DERIVED ? spec.derived().level() : f.offered();
        OptionalInt runner = Router.runnerUp(ev, w, e, portfolio);
        return new Advice.Route(workload.name(), workload.shape(), spec.id(), f.fit(), f.via(), Numbers.roundMs(f.p99Ms()), workload.p99Ms(),
                consistency, runner.isPresent() ? Optional.of(ev.engines.get(runner.getAsInt()).id()) : Optional.empty(), f.assumes());
    }

    private static Advice.SyncEdge edge(String from, Evaluation ev, int e) {
        var spec = ev.engines.get(e);
        return new Advice.SyncEdge(from, spec.id(), spec.sync(), spec.derived().level());
    }

    private static List<String> carried(Evaluation ev, int[] routes, int e) {
        List<String> names = new ArrayList<>();
        for (Workload w : ev.file.workloads()) {
            int index = ev.indexOf(w.name());
            if (routes[index] == e) names.add(w.name());
        }
        return names;
    }
}
