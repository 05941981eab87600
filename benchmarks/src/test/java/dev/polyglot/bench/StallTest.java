package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.load.IntervalSample;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.ProgressSink;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.bench.report.Judgement;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Coordinated omission, shown: Redis paused for 200 ms every 2 s. The open-loop run measures from intended start
 * times, so its p99 carries the stalls; a closed-loop run only sees the few operations caught in a pause.
 */
@LiveEngineTest
class StallTest {
    static final long PAUSE_MS = 200;

    @Test
    void openLoopP99ShowsTheStallWhereClosedLoopDoesNot() throws Exception {
        RunPlan open = ShortRuns.plan(OptionalDouble.of(1_000), Duration.ofMillis(4_500), 4, 0.9);
        RunPlan closed = ShortRuns.plan(OptionalDouble.empty(), Duration.ofMillis(4_500), 4, 0.9);

        LatencySummary openLoop = withPauses(open).latency();
        LatencySummary closedLoop = withPauses(closed).latency();
        System.out.printf("stall test: open-loop p99 %.1f ms (max %.1f), closed-loop p99 %.2f ms (max %.1f)%n",
                openLoop.p99(), openLoop.max(), closedLoop.p99(), closedLoop.max());

        assertThat(openLoop.p99()).isGreaterThanOrEqualTo(100);
        assertThat(openLoop.max()).isGreaterThanOrEqualTo(150);
        assertThat(closedLoop.p99()).isLessThan(100);
    }

    /**
     * One stall of 450 ms starting 5.75 s into a 6 s run: the operations it held complete after the planned end, so the
     * last interval's median lag is far over 100 ms while the seconds before it had none. That is a pause, not a queue
     * that grows: the run held its rate, and the stall shows in the p99, which the budget judges.
     */
    @Test
    void aStallAtTheEndShowsInTheP99NotAsARateNotHeld() throws Exception {
        RunPlan plan = ShortRuns.plan(OptionalDouble.of(200), Duration.ofSeconds(6), 1, 1.0);
        ScheduledExecutorService pauser = Executors.newSingleThreadScheduledExecutor();
        try (Jedis admin = LocalEngines.redis()) {
            ProgressSink stallLate = (sample, left) -> {
                if (sample.second() == 5) pauser.schedule(() -> admin.clientPause(450), 750, TimeUnit.MILLISECONDS);
            };
            BenchResult r = BenchRunner.run(ShortRuns.request(RedisDriver.ENGINE, Shape.POINT_LOOKUP, plan, false), new RunControl(), stallLate,
                    Optional.empty(), w -> { throw new AssertionError(w); });
            IntervalSample last = r.run().series().get(r.run().series().size() - 1);
            assertThat(last.lagP50Ms()).as("the last interval carries the stall").isGreaterThan(100);
            assertThat(r.latency().p99()).isGreaterThan(300);
            Judgement within = Judgement.of(plan, r.run(), OptionalDouble.of(2_000));
            assertThat(within.verdict()).as(within.reason()).isEqualTo(Verdict.PASS);
            assertThat(Judgement.of(plan, r.run(), OptionalDouble.of(100)).verdict()).as("a budget under the stall").isEqualTo(Verdict.FAIL);
        } finally {
            pauser.shutdownNow();
            pauser.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Runs the plan on Redis point lookups while another connection issues CLIENT PAUSE 200 ms every 2 s. */
    private static BenchResult withPauses(RunPlan plan) {
        ScheduledExecutorService pauser = Executors.newSingleThreadScheduledExecutor();
        Jedis admin = LocalEngines.redis();
        try {
            pauser.scheduleAtFixedRate(() -> admin.clientPause(PAUSE_MS), 700, 2_000, TimeUnit.MILLISECONDS);
            return ShortRuns.run(ShortRuns.request(RedisDriver.ENGINE, Shape.POINT_LOOKUP, plan, false), new RunControl());
        } finally {
            pauser.shutdownNow();
            try { pauser.awaitTermination(5, TimeUnit.SECONDS); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            admin.close();
        }
    }
}
