package dev.polyglot.advisor;

import java.util.List;

/**
 * How a given set of engines serves a workloads file: the best route per workload inside the set,
 * and the workloads the set cannot serve.
 */
public record Assessment(List<Advice.Route> routes, List<Advice.Unserved> unserved) {
    public Assessment {
        routes = List.copyOf(routes);
        unserved = List.copyOf(unserved);
    }

    public boolean servesAll() { return unserved.isEmpty(); }
}
