package dev.polyglot.advisor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * At most one engine not needed today, proposed for the workload most likely to outgrow its home soonest:
 * a route with a growth rate that stops fitting within the risk horizon, or an emulated route without one
 * that fits less than twice today's load. None when nothing is at risk, when the engine that takes over is
 * already in the portfolio, when it would make a portfolio engine redundant, or when {@code max_engines}
 * leaves no room.
 */
final class Headroom {
    /** An emulated route within this factor of its limit is near it. */
    static final double NEAR_LIMIT_FACTOR = 2;

    private Headroom() {}

    static Optional<GrowthForecast.Warning> pick(Evaluation ev, List<GrowthForecast.Warning> warnings, PortfolioSolver.Solution solution) {
        long portfolio = solution.portfolio();
        int limit = ev.file.constraints().maxEngines().orElse(Integer.MAX_VALUE);
        if (Long.bitCount(portfolio) + 1 > limit) return Optional.empty();
        return atRisk(ev, warnings, portfolio).stream()
                .filter(wn -> !GrowthProofing.makesRedundant(ev, portfolio, wn.next(), solution))
                .findFirst();
    }

    /** Warnings whose route stops fitting within the horizon (or near an emulated limit), soonest first. */
    static List<GrowthForecast.Warning> atRisk(Evaluation ev, List<GrowthForecast.Warning> warnings, long portfolio) {
        double horizon = ev.estimator.assumptions().riskHorizonMonths();
        return warnings.stream()
                .filter(wn -> wn.next() >= 0 && (portfolio & (1L << wn.next())) == 0)
                .filter(wn -> wn.months().isPresent() ? wn.months().getAsDouble() <= horizon : wn.emulated() && wn.factor() <= NEAR_LIMIT_FACTOR)
                .sorted(Comparator.comparingDouble((GrowthForecast.Warning wn) -> wn.months().orElse(Double.MAX_VALUE))
                        .thenComparingDouble(GrowthForecast.Warning::factor)
                        .thenComparing(wn -> ev.workloads.get(wn.workload()).name()))
                .toList();
    }
}
