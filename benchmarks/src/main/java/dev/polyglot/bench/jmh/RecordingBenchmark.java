package dev.polyglot.bench.jmh;

import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Outcome;
import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.KeyChooser;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.Recorders;
import dev.polyglot.bench.load.Schedule;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generator's own cost per operation, engine excluded: recording response, service and lag into the shared
 * HdrHistogram recorders, and the whole per-operation bookkeeping (next intended time, key, read/write, record),
 * single-threaded and with four writers contending. Run: see benchmarks/jmh.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RecordingBenchmark {
    @State(Scope.Benchmark)
    public static class Shared {
        final Recorders recorders = new Recorders();
        final KeyChooser keys = KeyDistribution.ZIPFIAN.chooser(1_000_000);
    }

    @State(Scope.Thread)
    public static class PerWorker {
        final SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
        final Schedule schedule = new Schedule(System.nanoTime(), 1e6, 0, Arrival.POISSON, new SplittableRandom(1));
        long value = 1_000;
    }

    @Benchmark
    public void record(Shared s, PerWorker w) {
        long v = w.value = (w.value * 31 + 7) & 0xfffff;  // varying values, 0..1 ms
        s.recorders.record(OpKind.READ, v + 500, v, 500, Outcome.OK);
    }

    @Benchmark
    @Threads(4)
    public void recordFourWriters(Shared s, PerWorker w) { record(s, w); }

    @Benchmark
    public long perOperationBookkeeping(Shared s, PerWorker w) {
        long intended = w.schedule.next();
        OpKind kind = w.random.nextDouble() < 0.9 ? OpKind.READ : OpKind.WRITE;
        long key = s.keys.next(w.random);
        long now = System.nanoTime();
        s.recorders.record(kind, Math.max(0, now - intended), 1_000, Math.max(0, now - intended - 1_000), Outcome.OK);
        return key;
    }
}
