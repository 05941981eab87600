package dev.polyglot.cli;

import dev.polyglot.advisor.model.Numbers;
import dev.polyglot.bench.BenchRequest;
import java.io.PrintWriter;
import java.util.List;

/**
 * Announces, before any run starts, the workloads whose rate times the measured time is below one operation (a
 * dashboard query every 100 s benched for 30 s), so nobody waits through a run to learn its percentiles rest on
 * next to nothing.
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
            err.println("polyglot bench: '" + r.workload() + "' runs at " + Numbers.trim(rate) + " ops/s: " + Numbers.trim(expected)
                    + " operations in the " + Numbers.duration(seconds) + " measured, fewer than one; --duration "
                    + Numbers.duration(Math.ceil(20 / rate)) + " would see about 20");
        }
        err.flush();
    }
}
