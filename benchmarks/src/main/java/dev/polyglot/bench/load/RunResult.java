package dev.polyglot.bench.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * What a run measured after warm-up. Histograms are in nanoseconds.
 *
 * @param measuredSeconds  wall time of the measured part
 * @param operations       operations completed in it
 * @param errorsByKind     failed operations by outcome id, only kinds that occurred
 * @param response         response time of every operation, from its intended start
 * @param responseByKind   the same per operation kind id ({@code read}, {@code write}), only kinds that ran
 * @param service          service time, from the actual start
 * @param lag              schedule lag: actual minus intended start
 * @param series           every one-second interval, warm-up included (marked); one past the planned time, or the
 *                         last of a run stopped early, ends when the workers stop, so it is shorter than a second
 * @param aborted          why the run stopped early, if it did
 * @param clientCpu        the bench process's CPU use over the run, as a share of all cores, 0..1
 * @param connectionsBusy  share of the run's connection-time spent waiting on the engine (inside an operation), 0..1
 */
public record RunResult(double measuredSeconds, long operations, Map<String, Long> errorsByKind, Histogram response,
                        Map<String, Histogram> responseByKind, Histogram service, Histogram lag, List<IntervalSample> series,
                        Optional<String> aborted, double clientCpu, double connectionsBusy) {
    /** A result whose connections' busy share was not measured (0). */
    public RunResult(double measuredSeconds, long operations, Map<String, Long> errorsByKind, Histogram response,
                     Map<String, Histogram> responseByKind, Histogram service, Histogram lag, List<IntervalSample> series,
                     Optional<String> aborted, double clientCpu) {
        this(measuredSeconds, operations, errorsByKind, response, responseByKind, service, lag, series, aborted, clientCpu, 0);
    }

    public RunResult {
        errorsByKind = Map.copyOf(errorsByKind);
        responseByKind = Map.copyOf(responseByKind);
        series = List.copyOf(series);
    }

    public long errors() { return errorsByKind.values().stream().mapToLong(Long::longValue).sum(); }

    public double achievedOpsPerSec() { return measuredSeconds <= 0 ? 0 : operations / measuredSeconds; }
}
