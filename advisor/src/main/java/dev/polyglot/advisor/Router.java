package dev.polyglot.advisor;

import dev.polyglot.advisor.model.Estimate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Sends each workload to the best engine of a portfolio that serves it: a native fit before an emulated one,
 * then the larger budget margin, then catalog order.
 */
final class Router {
    private Router() {}

    /** Engine index per workload, -1 where no engine of the portfolio serves it. */
    static int[] route(Evaluation ev, long portfolio) {
        int[] routes = new int[ev.workloads.size()];
        Arrays.fill(routes, -1);
        for (int w = 0; w < routes.length; w++) routes[w] = best(ev, w, ev.servers[w] & portfolio, -1).orElse(-1);
        return routes;
    }

    /** The alternative a team would pick for a workload (see {@link Alternatives}): the portfolio's first, then any other. */
    static OptionalInt runnerUp(Evaluation ev, int w, int chosen, long portfolio) {
        long candidates = ev.servers[w] & ~(1L << chosen);
        return IntStream.range(0, ev.engines.size())
                .filter(e -> (candidates & (1L << e)) != 0)
                .boxed()
                .min(Alternatives.order(ev, ev.workloads.get(w), chosen, portfolio, e -> ev.fits(w, e)))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    static OptionalInt best(Evaluation ev, int w, long candidates, int except) {
        return IntStream.range(0, ev.engines.size())
                .filter(e -> e != except && (candidates & (1L << e)) != 0)
                .boxed()
                .min(order(ev, w))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    static Comparator<Integer> order(Evaluation ev, int w) {
        return Comparator.<Integer>comparingInt(e -> ev.fits(w, e).fit().ordinal())
                .thenComparingDouble(e -> -Math.round(((Estimate.Fits) ev.estimates[w][e]).margin() * 1000) / 1000.0)
                .thenComparingInt(e -> e);
    }
}
