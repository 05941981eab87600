package dev.polyglot.advisor;

import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.advisor.catalog.RunningCost;
import dev.polyglot.advisor.model.Estimate;
import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.workloads.Workload;

/**
 * The running cost of a portfolio in USD a month (docs/model.md, "Cost"): each engine's fixed cost plus its
 * pooled nodes times its node cost, with every workload on the engine the router gives it.
 */
final class Costs {
    private Costs() {}

    /** USD a month of {@code portfolio} with the workloads routed as {@link Router#route} routes them. */
    static double usdMonth(Evaluation ev, long portfolio) {
        int[] routes = Router.route(ev, portfolio);
        Role[] roles = Roles.assign(ev, portfolio, routes).roles();
        double sum = 0;
        for (long bits = portfolio; bits != 0; bits &= bits - 1) {
            int e = Long.numberOfTrailingZeros(bits);
            boolean derived = roles[e] == Role.DERIVED;
            sum += of(ev, routes, e, nodes(ev, routes, e, derived), derived).usdPerMonth();
        }
        return sum;
    }

    /** The engine's cost at {@code nodes} with the workloads {@code routes} sends it ({@code derived}: it holds a copy, one copy). */
    static Advice.EngineCost of(Evaluation ev, int[] routes, int e, int nodes, boolean derived) {
        double gb = 0;
        double shares = 0;
        boolean layered = false;
        int copies = 1;
        for (int w = 0; w < routes.length; w++) {
            if (routes[w] != e) continue;
            gb += dataGb(ev.workloads.get(w));
            shares += ev.fits(w, e).nodeShare();
            layered |= ev.fits(w, e).viaLayer();
            if (!derived) copies = Math.max(copies, ev.fits(w, e).copies());
        }
        return of(ev.engines.get(e), nodes, shares, gb, layered, copies);
    }

    /**
     * The cost of an engine at {@code nodes} whose load is {@code shares} node-equivalents, holding {@code dataGb}: billed
     * for its nodes, or, at one node, for the share of it the load uses (at least the smallest instance); an engine
     * that does not shard keeps a copy of the data per node. An engine sharded through its sharding layer
     * ({@code layered}) also pays the layer's fixed cost, and each of its shards holds its part of the data. A sharded
     * engine stores its data {@code copies} times (its durable copies, docs/model.md).
     */
    static Advice.EngineCost of(EngineSpec spec, int nodes, double shares, double dataGb, boolean layered, int copies) {
        var c = spec.cost();
        double billed = nodes > 1 ? nodes : Math.max(RunningCost.SMALLEST_NODE_SHARE, Math.min(1, shares));
        int held = spec.scaling().shards() || layered ? copies : nodes;
        double storage = dataGb * held * c.storageUsdGbMonth().value();
        double layer = layered ? spec.scaling().layer().map(l -> l.fixedUsdMonth().value()).orElse(0.0) : 0;
        return new Advice.EngineCost(c.usdMonth(billed, dataGb, held) + layer, c.fixedUsdMonth().value() + layer, c.nodeUsdMonth().value(),
                billed, storage);
    }

    /** The data a workload keeps, GB: its working set, the only size a workloads file gives (0 when absent). */
    static double dataGb(Workload w) { return w.workingSet().map(ws -> ws.gigabytes()).orElse(0.0); }

    /**
     * Servers for the engine's pooled load: at least each workload's own need, at least the summed node shares
     * (1 for an engine that carries nothing).
     */
    static int nodes(Evaluation ev, int[] routes, int e, boolean derived) {
        int most = 1;
        double shares = 0;
        for (int w = 0; w < routes.length; w++) {
            if (routes[w] != e) continue;
            Estimate.Fits f = ev.fits(w, e);
            most = Math.max(most, f.nodes(derived));
            shares += f.nodeShare();
        }
        return Math.max(most, (int) Math.ceil(shares - 1e-9));
    }

    /**
     * What sets the engine's nodes: the workload needing the most on its own ("chat messages: its working set, 600TB
     * at 10k GB a node"), the heavier share breaking a tie, or the pooled load when the workloads' shares add up to
     * more than any one needs.
     */
    static String drivenBy(Evaluation ev, int[] routes, int e, boolean derived) {
        int most = 0;
        int mostAt = -1;
        double shares = 0;
        int carried = 0;
        for (int w = 0; w < routes.length; w++) {
            if (routes[w] != e) continue;
            Estimate.Fits f = ev.fits(w, e);
            carried++;
            shares += f.nodeShare();
            int n = f.nodes(derived);
            if (n > most || (n == most && f.nodeShare() > ev.fits(mostAt, e).nodeShare())) { most = n; mostAt = w; }
        }
        if (mostAt < 0) return "one node to start";
        int pooled = (int) Math.ceil(shares - 1e-9);
        if (pooled > most) {
            return "the pooled load of " + carried + " workloads: their shares of a node at " + Numbers.percent(ev.estimator.assumptions().targetUtilisation()) + " add up to "
                    + Numbers.trim(shares);
        }
        return ev.workloads.get(mostAt).name() + ": " + ev.fits(mostAt, e).sizing(derived);
    }
}
