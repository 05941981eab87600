package dev.polyglot.bench.jmh;

import dev.polyglot.bench.load.Pacer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pacing accuracy: how long a wait for a deadline 100 us ahead really takes. The excess over 100 us is how late an
 * open-loop operation starts because of the generator itself. Compared with a bare parkNanos, which the OS wakes
 * tens of microseconds late. Run: see benchmarks/jmh.sh.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PacingBenchmark {
    static final long WAIT_NANOS = 100_000;

    @Benchmark
    public void pacerAwait100us() { Pacer.awaitNanos(System.nanoTime() + WAIT_NANOS); }

    @Benchmark
    public void parkNanos100us() { LockSupport.parkNanos(WAIT_NANOS); }
}
