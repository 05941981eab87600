package dev.polyglot.advisor;

/** Whether one engine can serve one workload, and how. */
public sealed interface Verdict {
    String workload();
    String engine();

    /** The engine serves the workload inside its budget, shape, consistency and durability. */
    record Serves(Advice.Route route) implements Verdict {
        @Override public String workload() { return route.workload(); }
        @Override public String engine() { return route.engine(); }
    }

    /**
     * The engine cannot serve the workload.
     *
     * @param reason which limit is broken and by how much, e.g. "p99 budget 1 ms, best postgres estimate 4 ms"
     */
    record CannotServe(String workload, String engine, String reason) implements Verdict {}
}
