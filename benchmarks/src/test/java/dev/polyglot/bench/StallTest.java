package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.redis.RedisDriver;
import dev.polyglot.bench.load.LatencySummary;
import dev.polyglot.bench.load.RunControl;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.report.BenchResult;
import dev.polyglot.workloads.Shape;
import java.time.Duration;
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
