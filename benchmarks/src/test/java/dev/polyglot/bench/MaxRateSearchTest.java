package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.bench.report.Judgement;
import dev.polyglot.bench.report.Verdict;
import dev.polyglot.bench.load.RunResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The rules that centre {@code --find-max}'s answer; the search against a real engine is BenchFindMaxTest (cli). */
class MaxRateSearchTest {
    @Test
    void theAnswerIsCentredOnTheMeanOfTheCapacitiesMeasured() {
        List<MaxRateSearch.Capacity> partBusy = List.of(part(140), part(160), part(150));
        assertThat(MaxRateSearch.centred(partBusy).getAsDouble()).as("0.93 x 150").isCloseTo(139.5, within(1e-9));
        assertThat(MaxRateSearch.centred(List.of())).as("no step busy enough to measure").isEmpty();
    }

    @Test
    void saturatedStepsAloneCentreTheAnswerWhenAnyRan() {
        // The failing CI run: a step saturated at 103/s while part-busy steps on a faster minute extrapolated 150-170/s.
        List<MaxRateSearch.Capacity> mixed = List.of(part(170), new MaxRateSearch.Capacity(103, true), part(150), new MaxRateSearch.Capacity(117, true));
        assertThat(MaxRateSearch.centred(mixed).getAsDouble()).as("0.93 x mean(103, 117)").isCloseTo(102.3, within(1e-9));
        assertThatThrownBy(() -> new MaxRateSearch.Capacity(0, true)).hasMessageContaining("above 0 ops/s, was 0");
    }

    private static MaxRateSearch.Capacity part(double opsPerSec) { return new MaxRateSearch.Capacity(opsPerSec, false); }

    @Test
    void theBoundLeavesRoomBothWaysForTheContractsTwoRuns() {
        // 0.9 x the answer must stay under capacity and 1.3 x it above, with drift between the search and those runs.
        double at90 = 0.9 * MaxRateSearch.CAPACITY_SHARE, at130 = 1.3 * MaxRateSearch.CAPACITY_SHARE;
        assertThat(at90).as("busy share of a run at 0.9x").isLessThan(0.85);
        assertThat(at130 / Judgement.HELD_SHARE).as("overload of a run at 1.3x over what counts as held").isGreaterThan(1.25);
        assertThat(MaxRateSearch.EDGE_BUSY).isGreaterThan(MaxRateSearch.CAPACITY_SHARE);
    }

    @Test
    void aPassWithItsConnectionsAtTheEdgeIsAFailureOfTheSearch() {
        Judgement pass = new Judgement(Verdict.PASS, "p99 9 ms within the 1000.0 ms budget");
        assertThat(MaxRateSearch.atTheEdge(pass, runBusy(0.97)).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(MaxRateSearch.atTheEdge(pass, runBusy(0.97)).reason()).contains("busy 97%", "edge of saturation");
        assertThat(MaxRateSearch.atTheEdge(pass, runBusy(0.80))).isEqualTo(pass);
        assertThat(MaxRateSearch.capacityOf(runBusy(0.80)).orElseThrow().opsPerSec()).as("1000 ops/s at 80% busy").isCloseTo(1250, within(1e-6));
        assertThat(MaxRateSearch.capacityOf(runBusy(0.80)).orElseThrow().saturated()).isFalse();
        assertThat(MaxRateSearch.capacityOf(runBusy(0.97)).orElseThrow().saturated()).isTrue();
        assertThat(MaxRateSearch.capacityOf(runBusy(0.2))).as("too idle to tell").isEmpty();
    }

    /** 10,000 operations in 10 s with the connections busy the given share. */
    private static RunResult runBusy(double busy) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        h.recordValueWithCount(2_000_000, 10_000);
        return new RunResult(10, 10_000, Map.of(), h, Map.of("read", h), h, new Histogram(3_600_000_000_000L, 3), List.of(), Optional.empty(), 0.1, busy);
    }
}
