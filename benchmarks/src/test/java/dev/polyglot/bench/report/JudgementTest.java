package dev.polyglot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polyglot.bench.load.Arrival;
import dev.polyglot.bench.load.IntervalSample;
import dev.polyglot.bench.load.KeyDistribution;
import dev.polyglot.bench.load.RunPlan;
import dev.polyglot.bench.load.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class JudgementTest {
    static final RunPlan AT_1000 = new RunPlan(OptionalDouble.of(1_000), Duration.ofSeconds(10), Duration.ZERO, 4, 0.9,
            Arrival.UNIFORM, KeyDistribution.UNIFORM, 1);

    /** A 10 s run of {@code ops} operations, every response {@code responseMs} and every service time {@code serviceMs}. */
    static RunResult run(long ops, double responseMs, double serviceMs, Map<String, Long> errors, double lastLagMs) {
        Histogram response = histogram(ops, responseMs), service = histogram(ops, serviceMs), lag = histogram(ops, responseMs - serviceMs);
        return new RunResult(10, ops, errors, response, Map.of("read", response), service, lag,
                List.of(new IntervalSample(10, false, ops / 10, responseMs, responseMs, 0, lastLagMs)), Optional.empty(), 0.2);
    }

    static Histogram histogram(long count, double ms) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        h.recordValueWithCount(Math.max(0, (long) (ms * 1e6)), Math.max(1, count));
        return h;
    }

    @Test
    void aHeldRateWithinBudgetPasses() {
        assertThat(Judgement.of(AT_1000, run(10_000, 2, 1, Map.of(), 0), OptionalDouble.of(50)).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void errorsFailEvenWhenFast() {
        Judgement j = Judgement.of(AT_1000, run(10_000, 2, 1, Map.of("timeout", 3L), 0), OptionalDouble.of(50));
        assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(j.reason()).contains("3 operations failed", "timeout");
    }

    @Test
    void aRateTheClientDidNotHoldIsInconclusiveNeverPass() {
        Judgement j = Judgement.of(AT_1000, run(9_000, 2, 1, Map.of(), 0), OptionalDouble.of(50));
        assertThat(j.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(j.reason()).contains("900.0 of 1000.0 ops/s", "client CPU");
    }

    /** {@link #run} with the client's CPU share and the connections' busy share set. */
    static RunResult run(long ops, double clientCpu, double connectionsBusy) {
        RunResult r = run(ops, 2, 1, Map.of(), 0);
        return new RunResult(r.measuredSeconds(), r.operations(), r.errorsByKind(), r.response(), r.responseByKind(), r.service(), r.lag(),
                r.series(), r.aborted(), clientCpu, connectionsBusy);
    }

    @Test
    void aSaturatedEngineFailsNamingTheRateItSustained() {
        // Every connection sat waiting on the engine while the client idled: the engine is what held the rate back.
        Judgement j = Judgement.of(AT_1000, run(5_840, 0.1, 0.97), OptionalDouble.of(50));
        assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(j.reason()).contains("saturated", "sustained 584.0 of the 1000.0 ops/s");
    }

    @Test
    void aClientThatCouldNotKeepUpIsInconclusiveNotFail() {
        assertThat(Judgement.of(AT_1000, run(5_840, 0.95, 0.97), OptionalDouble.of(50)).verdict()).as("client CPU-bound").isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Judgement.of(AT_1000, run(5_840, 0.1, 0.3), OptionalDouble.of(50)).verdict()).as("connections idle").isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aSpacedLowRateRunIsJudgedOnItsLatencyNotOnTheRate() {
        RunPlan spaced = new RunPlan(OptionalDouble.of(0.01), Duration.ofSeconds(10), Duration.ZERO, 1, 1, Arrival.UNIFORM, KeyDistribution.UNIFORM, 1, 20);
        Judgement j = Judgement.of(spaced, run(20, 300, 300, Map.of(), 0), OptionalDouble.of(5_000));
        assertThat(j.verdict()).isEqualTo(Verdict.PASS);
        assertThat(j.reason()).contains("20 ran spaced so they do not queue");
        assertThat(spaced.scheduleRate()).as("20 operations in 10 s").isEqualTo(2);
    }

    @Test
    void aGrowingLagAtTheEndIsInconclusive() {
        assertThat(Judgement.of(AT_1000, run(10_000, 300, 1, Map.of(), 299), OptionalDouble.of(500)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void aServiceTimeOverBudgetFailsEvenWhenTheRateWasNotHeld() {
        assertThat(Judgement.of(AT_1000, run(5_000, 200, 120, Map.of(), 0), OptionalDouble.of(100)).verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void aResponseTimeOverBudgetFails() {
        Judgement j = Judgement.of(AT_1000, run(10_000, 80, 1, Map.of(), 50), OptionalDouble.of(50));
        assertThat(j.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(j.reason()).contains("over the 50.0 ms budget");
    }

    static IntervalSample second(long s, double lagMs) { return new IntervalSample(s, false, 100, 2, 3, 0, lagMs); }

    @Test
    void aLagThatStoodOverTheLastSecondsIsAQueueButAStallAtTheEndIsNot() {
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 40), second(2, 120), second(3, 200)))).as("a growing queue").isTrue();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 200), second(2, 450), second(3, 440), second(4, 700)))).as("growing, not smoothly").isTrue();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 0.3), second(2, 0.4), second(3, 250), second(4, 300)))).as("a stall over the last two").isFalse();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 0.4), second(2, 0.5), second(3, 180)))).as("one stall in the last second").isFalse();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 90), second(2, 180), second(3, 140)))).as("a queue standing at capacity").isTrue();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 300), second(2, 150), second(3, 60)))).as("a queue drained under 100 ms").isFalse();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 40), second(2, 60), second(3, 90)))).as("under 100 ms").isFalse();
        assertThat(Judgement.lagStillGrowing(List.of(second(1, 150)))).as("too short to tell: the lag alone").isTrue();
        assertThat(Judgement.lagStillGrowing(List.of(new IntervalSample(1, true, 100, 2, 3, 0, 300), new IntervalSample(2, true, 100, 2, 3, 0, 200),
                second(3, 150), second(4, 160)))).as("warm-up seconds are not compared: two measured seconds, so the lag alone").isTrue();
    }
}
