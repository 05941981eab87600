package dev.polyglot.advisor;

import dev.polyglot.workloads.Consistency;

/**
 * Who owns the data. The source of truth is the durable engine of the portfolio that carries the most
 * workloads needing strong or read-your-writes reads (then a generalist, then the one carrying most, then
 * catalog order). Another engine is derived when every workload routed to it accepts a copy fed from the
 * source of truth; an engine carrying a workload that no copy satisfies owns that data too.
 */
final class Roles {
    private Roles() {}

    /** Role per engine index (null outside the portfolio), and the index of the main source of truth or -1. */
    record Assignment(Role[] roles, int sourceOfTruth) {}

    static Assignment assign(Evaluation ev, long portfolio, int[] routes) {
        Role[] roles = new Role[ev.engines.size()];
        int sot = -1;
        long bestKey = Long.MIN_VALUE;
        for (int e = 0; e < roles.length; e++) {
            if ((portfolio & (1L << e)) == 0) continue;
            boolean home = (ev.homes & (1L << e)) != 0;
            int strong = 0;
            int carried = 0;
            boolean owns = false;
            for (int w = 0; w < routes.length; w++) {
                if (routes[w] != e) continue;
                carried++;
                var c = ev.workloads.get(w).consistency();
                if (c == Consistency.STRONG || c == Consistency.READ_YOUR_WRITES) strong++;
                owns |= ev.fits(w, e).placement().owns();
            }
            if (!home && !owns) continue;
            long key = ((home ? 1L : 0L) << 60) | ((long) strong << 40) | ((ev.engines.get(e).generalist() ? 1L : 0L) << 39)
                    | ((long) carried << 8) | (255 - e);
            if (key > bestKey) { bestKey = key; sot = e; }
        }
        for (int e = 0; e < roles.length; e++) {
            if ((portfolio & (1L << e)) == 0) continue;
            boolean mustOwn = false;
            for (int w = 0; w < routes.length; w++) {
                if (routes[w] == e && !ev.fits(w, e).placement().derived()) mustOwn = true;
            }
            roles[e] = e == sot || mustOwn || sot < 0 ? Role.SOURCE_OF_TRUTH : Role.DERIVED;
        }
        return new Assignment(roles, sot);
    }
}
