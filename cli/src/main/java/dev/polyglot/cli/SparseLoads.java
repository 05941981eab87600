package dev.polyglot.cli;

import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.bench.BenchRequest;
import java.io.PrintWriter;
import java.util.List;

/**
 * Announces, before any run starts, the workloads whose rate times the measured time is below one operation (a
 * dashboard query every 100 s benched for 30 s), and what the bench does about it, so nobody waits through a run to
 * learn that its percentiles rest on operations it had to space out, or on none.
 */
final class SparseLoads {
    private SparseLoads() {}

    static void announce(List<BenchRequest> requests, PrintWriter err) {
        for (BenchRequest r : requests) {
            if (r.plan().rate().isEmpty()) continue;
            double rate = r.plan().rate().getAsDouble();
            double seconds = r.plan().duration().toMillis() / 1000.0;
            double expected = rate * seconds;
            if (expected >= 1) continue;
            String head = "polyglot bench: '" + r.workload() + "' runs at " + Numbers.trim(rate) + " ops/s: " + Numbers.trim(expected)
                    + " operations in the " + Numbers.duration(seconds) + " measured, fewer than one; ";
            err.println(r.plan().spaced()
                    ? head + "the bench runs " + r.plan().spacedOperations() + " of them instead, "
                            + Numbers.duration(1 / r.plan().scheduleRate()) + " apart so they do not queue"
                    : head + "--duration " + Numbers.duration(Math.ceil(20 / rate)) + " would see about 20");
        }
        err.flush();
    }
}
