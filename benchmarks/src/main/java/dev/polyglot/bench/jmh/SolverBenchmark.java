package dev.polyglot.bench.jmh;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole of {@code advise} (estimates for every workload on every catalog engine, the exact solver, routes,
 * growth and explanations) on a generated system of {@code workloads} workloads over the full catalog.
 * Run: {@code java -cp <benchmarks classpath> org.openjdk.jmh.Main SolverBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolverBenchmark {
    @Param({"10000"})
    int workloads;

    private WorkloadsFile file;
    private CatalogAdvisor advisor;

    @Setup public void setUp() {
        file = LargeSystem.generate(workloads, 42);
        advisor = CatalogAdvisor.builtIn();
    }

    @Benchmark public Advice advise() { return advisor.advise(file); }
}
