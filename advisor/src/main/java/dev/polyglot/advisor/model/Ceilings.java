package dev.polyglot.advisor.model;

import dev.polyglot.advisor.catalog.Capability;
import dev.polyglot.advisor.catalog.EngineSpec;
import dev.polyglot.workloads.Workload;
import java.util.Optional;

/** The size and quality ceilings of an emulated technique (pgvector past a few million vectors or high recall). */
final class Ceilings {
    private Ceilings() {}

    static Optional<Estimate.Fails> check(Workload w, EngineSpec e, Capability c) {
        String technique = c.via().orElse(e.id());
        if (c.ceilingRecords().isPresent() && w.records().isPresent() && w.records().getAsLong() > c.ceilingRecords().get().value()) {
            double over = w.records().getAsLong() / c.ceilingRecords().get().value();
            return Optional.of(Estimator.fail(e, Limit.CEILING, over, Numbers.amount(w.records().getAsLong()) + " records exceed the "
                    + technique + " ceiling of about " + Numbers.amount(c.ceilingRecords().get().value()) + " (" + Numbers.over(over) + ")"));
        }
        if (c.maxRecall().isPresent() && w.recall() > c.maxRecall().get().value()) {
            return Optional.of(Estimator.fail(e, Limit.CEILING, w.recall() / c.maxRecall().get().value(), "recall " + w.recall()
                    + " is beyond what " + technique + " reaches (about " + c.maxRecall().get().value() + ")"));
        }
        if (c.ceilingWorkingSetGb().isPresent() && w.workingSet().isPresent() && w.workingSet().get().gigabytes() > c.ceilingWorkingSetGb().get().value()) {
            double over = w.workingSet().get().gigabytes() / c.ceilingWorkingSetGb().get().value();
            return Optional.of(Estimator.fail(e, Limit.CEILING, over, "working set " + w.workingSet().get() + " exceeds the " + technique
                    + " ceiling of about " + Numbers.amount(c.ceilingWorkingSetGb().get().value()) + " GB (" + Numbers.over(over) + ")"));
        }
        return Optional.empty();
    }
}
