package dev.polyglot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RateSearchPlanTest {
    /** Runs the search against a knee: every rate up to {@code knee} passes. */
    static List<Double> walk(double start, double knee, RateSearchPlan plan) {
        List<Double> rates = new ArrayList<>();
        for (OptionalDouble r = plan.next(); r.isPresent(); r = plan.next()) {
            rates.add(r.getAsDouble());
            plan.record(r.getAsDouble(), r.getAsDouble() <= knee);
        }
        return rates;
    }

    @Test
    void risesThenBisectsToARateThatPassedWithAFailureWithin5PercentAbove() {
        RateSearchPlan plan = new RateSearchPlan(100);
        List<Double> rates = walk(100, 512, plan);
        assertThat(rates.subList(0, 4)).containsExactly(100.0, 200.0, 400.0, 800.0);
        assertThat(plan.maxWithinBudget()).isLessThanOrEqualTo(512).isGreaterThan(512 / RateSearchPlan.RESOLUTION);
        assertThat(rates).anyMatch(r -> r > 512 && r <= plan.maxWithinBudget() * RateSearchPlan.RESOLUTION);
        assertThat(RateSearchPlan.RESOLUTION).as("so 1.3x the answer is above a rate that failed").isLessThan(1.3);
    }

    @Test
    void goesDownWhenTheFirstRateFailsAndStopsAtTheFloor() {
        RateSearchPlan down = new RateSearchPlan(1000);
        assertThat(walk(1000, 30, down).subList(0, 3)).containsExactly(1000.0, 500.0, 250.0);
        assertThat(down.maxWithinBudget()).isBetween(30 / RateSearchPlan.RESOLUTION, 30.0);

        RateSearchPlan none = new RateSearchPlan(10);
        walk(10, 0, none);
        assertThat(none.maxWithinBudget()).isZero();
    }
}
