package dev.polyglot.bench.load;

import dev.polyglot.bench.engine.DatasetSpec;
import dev.polyglot.bench.engine.EngineBinding;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Runs a plan against a prepared binding: N connections, N worker threads each with its share of the schedule,
 * and this thread closing one-second intervals (progress, .hlog, warm-up cut) until the workers finish.
 */
public final class LoadGenerator {
    private static final long SECOND = 1_000_000_000L;

    private LoadGenerator() {}

    /**
     * @param hlog where to write each measured interval's histograms (tags {@code read}, {@code write}, {@code lag}),
     *             values in nanoseconds written as milliseconds; the caller writes the log's header once
     */
    public static RunResult run(EngineBinding binding, DatasetSpec spec, RunPlan plan, RunControl control,
                                ProgressSink progress, Optional<HistogramLogWriter> hlog) {
        KeyChooser keys = plan.keys().chooser(spec.records());
        List<Operation> operations = new ArrayList<>();
        try {
            for (int i = 0; i < plan.connections(); i++) operations.add(binding.prepare(spec));
        } catch (RuntimeException e) {
            operations.forEach(Operation::close);
            throw e;
        }
        Recorders recorders = new Recorders();
        long t0 = System.nanoTime() + 50_000_000L;  // time for every thread to start before the first tick
        long warmupNanos = plan.warmupSeconds() * SECOND;
        long endNanos = t0 + warmupNanos + plan.duration().toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < plan.connections(); i++) {
            SplittableRandom random = new SplittableRandom(plan.seed() * 1_000_003L + i);
            Schedule schedule = plan.rate().isPresent()
                    ? new Schedule(t0, plan.scheduleRate() / plan.connections(), (double) i / plan.connections(), plan.arrival(), random.split())
                    : null;
            Worker worker = new Worker(operations.get(i), schedule, keys, random, plan.readRatio(), endNanos, recorders, control,
                    plan.spacedOperations(), t0 + warmupNanos);
            workers.add(worker);
            Thread t = new Thread(worker, "bench-worker-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
        long cpuStart = processCpuNanos();
        threads.forEach(Thread::start);
        RunResult counted = collect(plan, recorders, threads, t0, warmupNanos, endNanos, control, progress, hlog, cpuStart);
        long busy = workers.stream().mapToLong(w -> w.busyNanos).sum();
        double busyShare = Math.min(1, busy / Math.max(1.0, (double) (System.nanoTime() - t0) * plan.connections()));
        RunResult collected = new RunResult(counted.measuredSeconds(), counted.operations(), counted.errorsByKind(), counted.response(),
                counted.responseByKind(), counted.service(), counted.lag(), counted.series(), counted.aborted(), counted.clientCpu(), busyShare);
        if (plan.rate().isEmpty() || collected.aborted().isPresent()) return collected;
        // Open loop: the measured time ends one schedule interval after the last start, so the tail latency of the
        // last operations does not read as a missed rate, while a client that fell behind still shows it.
        long lastStart = workers.stream().mapToLong(w -> w.lastStartNanos).max().orElse(endNanos);
        double measured = Math.max(1e-3, (lastStart + 1e9 / plan.scheduleRate() - (t0 + warmupNanos)) / 1e9);
        return new RunResult(measured, collected.operations(), collected.errorsByKind(), collected.response(), collected.responseByKind(),
                collected.service(), collected.lag(), collected.series(), collected.aborted(), collected.clientCpu(), collected.connectionsBusy());
    }

    private static RunResult collect(RunPlan plan, Recorders recorders, List<Thread> threads, long t0, long warmupNanos, long endNanos,
                                     RunControl control, ProgressSink progress, Optional<HistogramLogWriter> hlog, long cpuStart) {
        Histogram response = newHistogram(), service = newHistogram(), lag = newHistogram();
        Map<String, Histogram> byKind = new HashMap<>();
        long[] lastOutcomes = new long[Outcome.values().length];
        Map<String, Long> errors = new HashMap<>();
        List<IntervalSample> series = new ArrayList<>();
        long operations = 0;
        long finish;
        for (long k = 1; ; k++) {
            boolean done = joinUntil(threads, t0 + k * SECOND);
            long now = System.nanoTime();
            boolean warmup = k * SECOND <= warmupNanos;
            Histogram interval = newHistogram();
            for (OpKind kind : OpKind.values()) {
                Histogram h = recorders.response[kind.ordinal()].getIntervalHistogram();
                interval.add(h);
                if (!warmup && h.getTotalCount() > 0) {
                    byKind.computeIfAbsent(kind.id(), x -> newHistogram()).add(h);
                    writeHlog(hlog, h, kind.id(), k);
                }
            }
            Histogram intervalLag = recorders.lag.getIntervalHistogram();
            Histogram intervalService = recorders.service.getIntervalHistogram();
            long intervalErrors = 0;
            for (Outcome o : Outcome.values()) {
                long total = recorders.outcomes.get(o.ordinal());
                long delta = total - lastOutcomes[o.ordinal()];
                lastOutcomes[o.ordinal()] = total;
                intervalErrors += delta;
                if (!warmup && delta > 0) errors.merge(o.id(), delta, Long::sum);
            }
            if (!warmup) {
                response.add(interval);
                service.add(intervalService);
                lag.add(intervalLag);
                operations += interval.getTotalCount();
                writeHlog(hlog, intervalLag, "lag", k);
            }
            IntervalSample sample = new IntervalSample(k, warmup, interval.getTotalCount(), ms(interval.getValueAtPercentile(50)),
                    ms(interval.getValueAtPercentile(99)), intervalErrors, ms(intervalLag.getValueAtPercentile(50)));
            series.add(sample);
            progress.interval(sample, Math.max(0, (endNanos - now + SECOND - 1) / SECOND));
            if (done) {
                finish = now;
                break;
            }
        }
        progress.finish();
        double measured = Math.max(0, (finish - (t0 + warmupNanos)) / 1e9);
        double wall = Math.max(1e-9, (finish - t0) / 1e9);
        double cpu = Math.min(1, (processCpuNanos() - cpuStart) / 1e9 / wall / Runtime.getRuntime().availableProcessors());
        return new RunResult(measured, operations, errors, response, byKind, service, lag, series, control.abortReason(), cpu);
    }

    private static void writeHlog(Optional<HistogramLogWriter> hlog, Histogram h, String tag, long second) {
        hlog.ifPresent(w -> {
            Histogram copy = h.copy();
            copy.setTag(tag);
            w.outputIntervalHistogram(second - 1, second, copy, 1e6);
        });
    }

    /** Waits for every worker to end or for {@code deadline}; true when all ended. */
    private static boolean joinUntil(List<Thread> threads, long deadline) {
        for (Thread t : threads) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) break;
            try {
                t.join(remaining / 1_000_000, (int) (remaining % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private static Histogram newHistogram() { return new Histogram(Recorders.HIGHEST_NANOS, Recorders.DIGITS); }

    private static double ms(long nanos) { return Math.round(nanos / 1e3) / 1e3; }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }
}
