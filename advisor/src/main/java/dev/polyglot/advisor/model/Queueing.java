package dev.polyglot.advisor.model;

/**
 * Tail latency under load, M/M/1-style: a node is one server working at its capacity {@code mu} ops/s; an
 * operation waits behind others, and the waiting time's 99th percentile is {@code ln(100 rho) / (mu (1 - rho))}
 * (zero while rho <= 1%). p99 = service time + that wait. Pessimistic for many-core nodes, honest near saturation.
 */
public final class Queueing {
    private Queueing() {}

    /**
     * @param serviceMs time of one operation on an idle node, ms
     * @param capacity  ops/s the node sustains (its mu), above 0
     * @param load      ops/s arriving at the node, 0 or more
     * @return p99 in ms; infinite when load reaches capacity
     */
    public static double p99Ms(double serviceMs, double capacity, double load) {
        double rho = load / capacity;
        if (rho >= 1) return Double.POSITIVE_INFINITY;
        double wait = rho <= 0.01 ? 0 : Math.log(100 * rho) / (1 - rho) * (1000 / capacity);
        return serviceMs + wait;
    }

    /**
     * p99 of a node at utilisation {@code rho} from a mix of operations (reads and writes of different cost):
     * the wait uses the mix's capacity, {@code load / rho}.
     *
     * @param load ops/s arriving at the node, 0 or more
     * @param rho  the node's utilisation, 0 or more; infinite p99 at 1 or more
     */
    public static double p99AtUtilisation(double serviceMs, double load, double rho) {
        if (rho >= 1) return Double.POSITIVE_INFINITY;
        if (rho <= 0.01 || load <= 0) return serviceMs;
        return p99Ms(serviceMs, load / rho, load);
    }
}
