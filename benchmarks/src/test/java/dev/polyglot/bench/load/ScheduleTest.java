package dev.polyglot.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void uniformTicksAreEvenlySpacedFromThePhase() {
        Schedule s = new Schedule(1_000, 1_000, 0.5, Arrival.UNIFORM, new SplittableRandom(1));
        assertThat(s.next()).isEqualTo(1_000 + 500_000);
        assertThat(s.next()).isEqualTo(1_000 + 1_500_000);
        for (int i = 2; i < 1_000_000; i++) s.next();
        assertThat(s.next()).isEqualTo(1_000 + 500_000 + 1_000_000L * 1_000_000);  // no drift after a million ticks
    }

    @Test
    void poissonKeepsTheMeanRateWithVaryingGaps() {
        Schedule s = new Schedule(0, 1_000, 0, Arrival.POISSON, new SplittableRandom(3));
        long previous = s.next(), minGap = Long.MAX_VALUE, maxGap = 0, last = previous;
        for (int i = 0; i < 100_000; i++) {
            long t = s.next();
            minGap = Math.min(minGap, t - last);
            maxGap = Math.max(maxGap, t - last);
            last = t;
        }
        double meanGapNanos = (last - previous) / 100_000.0;
        assertThat(meanGapNanos).isBetween(0.98e6, 1.02e6);
        assertThat(minGap).isLessThan(100_000);
        assertThat(maxGap).isGreaterThan(5_000_000);
    }

    @Test
    void refusesARateOfZero() {
        assertThatThrownBy(() -> new Schedule(0, 0, 0, Arrival.UNIFORM, new SplittableRandom(1))).hasMessageContaining("rate must be above 0");
    }
}
