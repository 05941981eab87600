package dev.polyglot.advisor;

import java.util.ArrayList;
import java.util.List;

/**
 * Among equally small portfolios, one whose derived engine is outgrown within the risk horizon by an engine
 * that could replace it outright is swapped for the portfolio with that engine instead: same size, and not
 * outgrown soon (a time-series store that analytics outgrow in five months, when ClickHouse serves them
 * today). The source of truth and incumbents ({@code prefer}) are never swapped this way. A headroom engine that would make a portfolio
 * engine redundant is not proposed (it would be a replacement, not headroom).
 */
final class GrowthProofing {
    private GrowthProofing() {}

    static PortfolioSolver.Solution swap(Evaluation ev, PortfolioSolver.Solution solution) {
        long portfolio = solution.portfolio();
        int[] routes = Router.route(ev, portfolio);
        for (int w : solution.unserved().keySet()) routes[w] = -1;
        Roles.Assignment roles = Roles.assign(ev, portfolio, routes);
        for (GrowthForecast.Warning wn : Headroom.atRisk(ev, warnings(ev, routes, portfolio), portfolio)) {
            int current = wn.engine();
            if (roles.roles()[current] != Role.DERIVED || preferred(ev, current)) continue;
            long swapped = (portfolio & ~(1L << current)) | (1L << wn.next());
            // the engine swapped in may own what another held: engines the rest can do without leave
            if (servesAll(ev, swapped, solution)) return new PortfolioSolver.Solution(
                    PortfolioSolver.pruned(swapped, swapped, p -> servesAll(ev, p, solution)), solution.unserved());
        }
        return solution;
    }

    private static boolean preferred(Evaluation ev, int engine) { return ((ev.preferred | ev.kept) & (1L << engine)) != 0; }

    /** True when adding {@code next} lets some engine of the portfolio go. */
    static boolean makesRedundant(Evaluation ev, long portfolio, int next, PortfolioSolver.Solution solution) {
        for (long bits = portfolio; bits != 0; bits &= bits - 1) {
            long without = (portfolio & ~Long.lowestOneBit(bits)) | (1L << next);
            if (servesAll(ev, without, solution)) return true;
        }
        return false;
    }

    static List<GrowthForecast.Warning> warnings(Evaluation ev, int[] routes, long portfolio) {
        List<GrowthForecast.Warning> out = new ArrayList<>();
        for (int w = 0; w < routes.length; w++) {
            if (routes[w] >= 0) GrowthForecast.of(ev, w, routes[w], portfolio).ifPresent(out::add);
        }
        return out;
    }

    private static boolean servesAll(Evaluation ev, long portfolio, PortfolioSolver.Solution solution) {
        boolean[] served = new boolean[ev.workloads.size()];
        for (int w = 0; w < served.length; w++) {
            if (solution.unserved().containsKey(w)) continue;
            if ((ev.servers[w] & portfolio) == 0) return false;
            served[w] = true;
        }
        return !ev.needsHome(served) || ev.homes == 0 || (portfolio & ev.homes) != 0;
    }
}
