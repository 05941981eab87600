package dev.polyglot.cli.advice;

import dev.polyglot.advisor.Advice;
import dev.polyglot.advisor.CatalogAdvisor;
import dev.polyglot.advisor.catalog.Catalog;
import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.WorkloadsFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the HTML report shows: today's advice, the workloads it answers (loads and growth rates), the
 * advice for the same file {@link #HORIZONS} months on (as {@code advise --months} computes it), and the catalog
 * and model assumptions the answer leans on.
 *
 * @param later advice for each of {@link #HORIZONS}, in that order
 * @param costs what each engine of today's portfolio costs to run, when the model says; empty when it does not
 */
public record AdviceReport(Advice today, WorkloadsFile workloads, Map<Integer, Advice> later, Catalog catalog, ModelAssumptions assumptions,
                           List<EngineCost> costs) {
    /** The months the report projects the portfolio to; the growth chart spans the last. */
    public static final List<Integer> HORIZONS = List.of(6, 12, 24);
    /** The unit of {@link EngineCost#usdPerMonth}. */
    public static final String COST_UNIT = "USD per month";

    /**
     * One engine's running cost.
     *
     * @param usdPerMonth the estimate, 0 or more
     * @param basis       how it is made up (e.g. fixed plus nodes times a node's price), for the reader
     */
    public record EngineCost(String engine, double usdPerMonth, String basis) {}

    public AdviceReport {
        if (!later.keySet().equals(new java.util.HashSet<>(HORIZONS))) throw new IllegalArgumentException("advice for months " + HORIZONS + " is needed, got " + later.keySet());
        later = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(later));
        costs = List.copyOf(costs);
    }

    /** Advises {@code workloads} today and at each horizon. */
    public static AdviceReport of(WorkloadsFile workloads, Catalog catalog, ModelAssumptions assumptions) {
        CatalogAdvisor advisor = new CatalogAdvisor(catalog, assumptions);
        Map<Integer, Advice> later = new LinkedHashMap<>();
        for (int months : HORIZONS) later.put(months, advisor.adviseIn(workloads, months));
        Advice today = advisor.advise(workloads);
        List<EngineCost> costs = today.portfolio().stream()
                .map(p -> new EngineCost(p.engine(), p.cost().usdPerMonth(), Cells.costBasis(p) + (p.role() == dev.polyglot.advisor.Role.HEADROOM ? ", headroom" : "")))
                .toList();
        return new AdviceReport(today, workloads, later, catalog, assumptions, costs);
    }

    /** The chart's span in months. */
    public static int horizon() { return HORIZONS.get(HORIZONS.size() - 1); }
}
